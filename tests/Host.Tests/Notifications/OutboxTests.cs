using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Notifications;

/// <summary>The outbox on a real database, with the SMS gateway faked (it is outside the machine); run on SQLite and PostgreSQL.</summary>
public abstract class OutboxTests(DatabaseKind database)
{
    private static readonly Dictionary<string, object?> Received = new() { ["reference"] = "DJ-1448-000042" };

    private static MemberContact SmsMember(string? mobile = "0501234567", string? email = "sara@example.com") =>
        new(email, mobile, NotificationChannel.Sms, "ar", "سارة الشمري");

    [SkippableFact]
    public async Task An_enqueued_notification_is_not_stored_when_the_caller_does_not_save()
    {
        await using var harness = await CreateAsync();

        await harness.InScopeAsync(async sp =>
        {
            var queued = await sp.GetRequiredService<IMemberNotifier>()
                .EnqueueForMemberAsync(SmsMember(), NotificationTemplateKeys.RequestReceived, Received, Guid.NewGuid(), "case:1:received");
            Assert.NotNull(queued);
            return queued;
        });

        Assert.Empty(await harness.StoredAsync());
    }

    [SkippableFact]
    public async Task An_enqueued_notification_rolls_back_with_the_case_change()
    {
        await using var harness = await CreateAsync();

        await harness.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await sp.GetRequiredService<IMemberNotifier>()
                .EnqueueForMemberAsync(SmsMember(), NotificationTemplateKeys.RequestReceived, Received, Guid.NewGuid(), "case:1:received");
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });

        Assert.Empty(await harness.StoredAsync());
        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task The_same_notification_enqueued_twice_is_stored_once()
    {
        await using var harness = await CreateAsync();
        var caseId = Guid.NewGuid();

        await harness.InScopeAsync(async sp =>
        {
            var notifier = sp.GetRequiredService<IMemberNotifier>();
            Assert.NotNull(await notifier.EnqueueForMemberAsync(SmsMember(), NotificationTemplateKeys.RequestReceived, Received, caseId, "case:1:received"));
            Assert.Null(await notifier.EnqueueForMemberAsync(SmsMember(), NotificationTemplateKeys.RequestReceived, Received, caseId, "case:1:received"));
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
            return 0;
        });
        Assert.Null(await harness.NotifyMemberAsync(SmsMember(), NotificationTemplateKeys.RequestReceived, Received, "case:1:received", caseId));

        var stored = Assert.Single(await harness.StoredAsync());
        Assert.Equal(caseId, stored.CaseId);
    }

    [SkippableFact]
    public async Task The_database_refuses_a_second_row_with_the_same_deduplication_key()
    {
        await using var harness = await CreateAsync();
        var content = new RenderedNotification("s", "t", "<p>h</p>", "sms");

        await harness.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Add(OutboxMessage.Create(NotificationChannel.Sms, "+966501234567", "ar", NotificationTemplateKeys.PortalCode, content, "same", null, DateTime.UtcNow));
            db.Add(OutboxMessage.Create(NotificationChannel.Sms, "+966501234567", "ar", NotificationTemplateKeys.PortalCode, content, "same", null, DateTime.UtcNow));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return 0;
        });
    }

    [SkippableFact]
    public async Task A_member_who_prefers_SMS_gets_a_text_message_on_their_normalized_mobile()
    {
        await using var harness = await CreateAsync();

        var queued = await harness.NotifyMemberAsync(SmsMember(), NotificationTemplateKeys.RequestReceived, Received, "case:1:received");
        var sent = await harness.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, sent);
        var sms = Assert.Single(harness.Sms.Sent);
        Assert.Equal("+966501234567", sms.To);
        Assert.Contains("DJ-1448-000042", sms.Text);
        Assert.Contains("استلمنا طلبكم", sms.Text);
        Assert.Equal(queued!.Id.ToString("N"), sms.Reference);
        var stored = Assert.Single(await harness.StoredAsync());
        Assert.Equal(NotificationChannel.Sms, stored.Channel);
        Assert.Equal(OutboxMessageStatus.Sent, stored.Status);
        Assert.Equal(NotificationHarness.Start.UtcDateTime, stored.SentAt);
    }

    [SkippableFact]
    public async Task Without_a_usable_preferred_address_the_other_channel_is_used()
    {
        await using var harness = await CreateAsync();

        var noMobile = await harness.NotifyMemberAsync(SmsMember(mobile: null), NotificationTemplateKeys.RequestReceived, Received, "k1");
        var badEmail = await harness.NotifyMemberAsync(
            new MemberContact("not-an-email", "+966 50 123 4567", NotificationChannel.Email, "en"), NotificationTemplateKeys.RequestReceived, Received, "k2");
        var nothing = await harness.NotifyMemberAsync(new MemberContact(null, "12345", NotificationChannel.Sms, "ar"), NotificationTemplateKeys.RequestReceived, Received, "k3");

        Assert.Equal((NotificationChannel.Email, "sara@example.com"), (noMobile!.Channel, noMobile.Recipient));
        Assert.Equal((NotificationChannel.Sms, "+966501234567"), (badEmail!.Channel, badEmail.Recipient));
        Assert.Null(nothing);
        Assert.Equal(2, (await harness.StoredAsync()).Count);
    }

    [SkippableFact]
    public async Task An_email_member_gets_the_html_and_text_bodies_in_their_language()
    {
        await using var harness = await CreateAsync();

        var queued = await harness.NotifyMemberAsync(
            new MemberContact("sara@example.com", null, NotificationChannel.Email, "en-US", "Sara"), NotificationTemplateKeys.RequestReceived, Received, "k");

        Assert.Equal("en", queued!.Language);
        Assert.Contains("Dear Sara,", queued.BodyText);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", queued.BodyHtml);
    }

    [SkippableFact]
    public async Task Staff_are_emailed_once_each_and_not_again_for_the_same_breach()
    {
        await using var harness = await CreateAsync();
        var values = new Dictionary<string, object?> { ["reference"] = "DJ-1448-000042", ["step"] = ("لجنة البحث", "Research committee"), ["dueAt"] = NotificationHarness.Start };
        string[] staff = ["manager@domat.example", "committee@domat.example", "MANAGER@domat.example", ""];

        async Task<int> NotifyStaffAsync() => await harness.InScopeAsync(async sp =>
        {
            var queued = await sp.GetRequiredService<IMemberNotifier>()
                .EnqueueForStaffAsync(staff, NotificationTemplateKeys.DeadlineBreached, values, Guid.NewGuid(), "breach:bookmark-7");
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
            return queued.Count;
        });

        Assert.Equal(2, await NotifyStaffAsync());
        Assert.Equal(0, await NotifyStaffAsync());
        Assert.All(await harness.StoredAsync(), m => Assert.Equal(NotificationChannel.Email, m.Channel));
    }

    [SkippableFact]
    public async Task A_failing_gateway_is_retried_with_growing_delays_and_given_up_after_the_maximum_attempts()
    {
        await using var harness = await CreateAsync(settings: new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "3" });
        harness.Sms.Failure = new HttpRequestException("gateway down");
        await harness.NotifyMemberAsync(SmsMember(), NotificationTemplateKeys.RequestReceived, Received, "k");

        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(CancellationToken.None));
        var first = Assert.Single(await harness.StoredAsync());
        Assert.Equal((1, OutboxMessageStatus.Retrying, "gateway down"), (first.Attempts, first.Status, first.LastError));
        Assert.Equal(NotificationHarness.Start.UtcDateTime.AddSeconds(30), first.NextAttemptAt);

        harness.Clock.Advance(TimeSpan.FromSeconds(29));
        await harness.Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(1, Assert.Single(await harness.StoredAsync()).Attempts);

        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await harness.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var second = Assert.Single(await harness.StoredAsync());
        Assert.Equal(2, second.Attempts);
        Assert.Equal(harness.Clock.GetUtcNow().UtcDateTime.AddSeconds(60), second.NextAttemptAt);

        harness.Clock.Advance(TimeSpan.FromSeconds(60));
        await harness.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var dead = Assert.Single(await harness.StoredAsync());
        Assert.Equal((3, OutboxMessageStatus.Dead, "gateway down"), (dead.Attempts, dead.Status, dead.LastError));

        harness.Sms.Failure = null;
        harness.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Empty(harness.Sms.Sent);
    }

    [SkippableFact]
    public async Task A_permanent_refusal_is_given_up_at_once()
    {
        await using var harness = await CreateAsync();
        harness.Sms.Failure = new PermanentDeliveryException("unknown number");
        await harness.NotifyMemberAsync(SmsMember(), NotificationTemplateKeys.RequestReceived, Received, "k");

        await harness.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var dead = Assert.Single(await harness.StoredAsync());
        Assert.Equal((1, OutboxMessageStatus.Dead, "unknown number"), (dead.Attempts, dead.Status, dead.LastError));
    }

    [SkippableFact]
    public async Task Two_senders_working_at_once_send_each_message_exactly_once()
    {
        await using var harness = await CreateAsync(settings: new Dictionary<string, string?> { ["Outbox:BatchSize"] = "20" });
        for (var i = 0; i < 20; i++)
        {
            await harness.NotifyMemberAsync(SmsMember(), NotificationTemplateKeys.RequestReceived, Received, $"case:{i}:received");
        }

        var sent = await Task.WhenAll(
            harness.Dispatcher.DispatchDueAsync(CancellationToken.None),
            harness.Dispatcher.DispatchDueAsync(CancellationToken.None),
            harness.Dispatcher.DispatchDueAsync(CancellationToken.None));

        Assert.Equal(20, sent.Sum());
        Assert.Equal(20, harness.Sms.Sent.Select(s => s.Reference).Distinct().Count());
        Assert.Equal(20, harness.Sms.Sent.Count);
        Assert.All(await harness.StoredAsync(), m => Assert.Equal(OutboxMessageStatus.Sent, m.Status));
    }

    [SkippableFact]
    public async Task Emails_wait_in_the_outbox_while_no_mail_server_is_configured()
    {
        await using var harness = await CreateAsync();
        await harness.NotifyMemberAsync(new MemberContact("sara@example.com", null, NotificationChannel.Email), NotificationTemplateKeys.RequestReceived, Received, "k");

        Assert.Equal(0, await harness.Dispatcher.DispatchDueAsync(CancellationToken.None));

        var waiting = Assert.Single(await harness.StoredAsync());
        Assert.Equal((0, OutboxMessageStatus.Pending), (waiting.Attempts, waiting.Status));
    }

    private Task<NotificationHarness> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null) =>
        NotificationHarness.CreateAsync(settings: settings, database: database);
}

public sealed class SqliteOutboxTests() : OutboxTests(DatabaseKind.Sqlite);

public sealed class PostgresOutboxTests() : OutboxTests(DatabaseKind.Postgres);
