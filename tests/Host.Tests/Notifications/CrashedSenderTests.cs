using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Notifications;

/// <summary>
/// Two nodes on one database. The first claims an email and freezes while handing it over, as a process that
/// dies mid-send: its clock stands still, so it never renews its claim. The second sends it once the short claim lapses.
/// </summary>
public class CrashedSenderTests
{
    private static readonly MemberContact Sara = new("sara@example.com", "0501234567", NotificationChannel.Email, "ar", "سارة الشمري");
    private static readonly Dictionary<string, object?> Received = new() { ["reference"] = "DJ-1448-000042" };
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_crashed_process_s_claimed_email_is_sent_by_the_next_process_within_a_minute_with_its_Message_Id(DatabaseKind kind)
    {
        await using var smtp = await SmtpTestServer.StartNewAsync();
        var frozen = new FrozenEmailGateway();
        await using var crashed = await NotificationHarness.CreateAsync(smtp.Port, database: kind, replace: s => s.AddSingleton<IEmailGateway>(frozen));
        var queued = await crashed.NotifyMemberAsync(Sara, NotificationTemplateKeys.RequestReceived, Received, "case:42:received");
        _ = crashed.Dispatcher.DispatchDueAsync(CancellationToken.None); // never returns
        await frozen.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        await using var next = await NotificationHarness.CreateAsync(smtp.Port, sameDatabaseAs: crashed);
        Assert.Equal(0, await next.Dispatcher.DispatchDueAsync(CancellationToken.None));

        var waited = TimeSpan.Zero;
        var sent = 0;
        while (sent == 0 && waited < TimeSpan.FromMinutes(1))
        {
            next.Clock.Advance(PollInterval);
            waited += PollInterval;
            sent = await next.Dispatcher.DispatchDueAsync(CancellationToken.None);
        }

        Assert.Equal(1, sent);
        Assert.InRange(waited, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));
        var email = Assert.Single(smtp.Delivered());
        Assert.Equal($"{queued!.Id:N}@domat-beekeepers.example", email.MessageId);
        var stored = Assert.Single(await next.StoredAsync());
        Assert.Equal((OutboxMessageStatus.Sent, 1), (stored.Status, stored.Attempts));
    }

    [SkippableFact]
    public async Task A_live_process_renews_its_claim_while_a_slow_send_lasts_so_no_other_node_takes_the_email()
    {
        await using var smtp = await SmtpTestServer.StartNewAsync();
        var frozen = new FrozenEmailGateway();
        await using var slow = await NotificationHarness.CreateAsync(smtp.Port, replace: s => s.AddSingleton<IEmailGateway>(frozen));
        await slow.NotifyMemberAsync(Sara, NotificationTemplateKeys.RequestReceived, Received, "case:42:received");
        _ = slow.Dispatcher.DispatchDueAsync(CancellationToken.None);
        await frozen.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        await using var other = await NotificationHarness.CreateAsync(smtp.Port, sameDatabaseAs: slow);

        for (var step = 0; step < 12; step++)
        {
            slow.Clock.Advance(PollInterval);
            other.Clock.Advance(PollInterval);
            var renewedPast = slow.Clock.GetUtcNow().UtcDateTime;
            await WaitUntilAsync(async () => (await slow.StoredAsync()).Single().ClaimedUntil > renewedPast);
            Assert.Equal(0, await other.Dispatcher.DispatchDueAsync(CancellationToken.None));
        }

        Assert.Empty(smtp.Delivered());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the claim was not renewed");
            await Task.Delay(50);
        }
    }

    /// <summary>Takes the message and never finishes handing it over.</summary>
    private sealed class FrozenEmailGateway : IEmailGateway
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            _entered.TrySetResult();
            return Task.Delay(Timeout.Infinite, CancellationToken.None);
        }
    }
}
