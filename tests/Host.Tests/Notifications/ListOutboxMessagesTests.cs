using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Notifications;

public class ListOutboxMessagesTests
{
    private static readonly Dictionary<string, object?> Received = new() { ["reference"] = "DJ-1448-000042" };

    [Fact]
    public async Task The_list_shows_newest_first_and_filters_by_status_and_case()
    {
        await using var harness = await NotificationHarness.CreateAsync();
        var caseId = Guid.NewGuid();
        await harness.NotifyMemberAsync(new MemberContact(null, "0501234567", NotificationChannel.Sms), NotificationTemplateKeys.RequestReceived, Received, "sent", caseId);
        await harness.Dispatcher.DispatchDueAsync(CancellationToken.None);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.NotifyMemberAsync(new MemberContact("sara@example.com", null, NotificationChannel.Email), NotificationTemplateKeys.RequestReceived, Received, "waiting");

        var all = await ListAsync(harness, new ListOutboxMessages.Query());
        var sent = await ListAsync(harness, new ListOutboxMessages.Query(OutboxMessageStatus.Sent));
        var pending = await ListAsync(harness, new ListOutboxMessages.Query(OutboxMessageStatus.Pending));
        var forCase = await ListAsync(harness, new ListOutboxMessages.Query(CaseId: caseId));

        Assert.Equal(["Email", "Sms"], all.Select(m => m.Channel));
        Assert.Equal("Sent", Assert.Single(sent).Status);
        Assert.NotNull(sent[0].SentAt);
        Assert.Null(sent[0].NextAttemptAt);
        Assert.Equal("Pending", Assert.Single(pending).Status);
        Assert.Equal(TimeSpan.Zero, pending[0].CreatedAt.Offset);
        Assert.Equal(caseId, Assert.Single(forCase).CaseId);
    }

    [Fact]
    public async Task Asking_for_too_many_is_a_problem_naming_take()
    {
        await using var harness = await NotificationHarness.CreateAsync();

        var problem = await Assert.ThrowsAsync<ProblemException>(() => ListAsync(harness, new ListOutboxMessages.Query(Take: ListOutboxMessages.MaxTake + 1)));

        Assert.Equal(400, problem.Status);
        Assert.True(problem.Errors!.ContainsKey("take"));
    }

    private static Task<IReadOnlyList<ListOutboxMessages.OutboxMessageDto>> ListAsync(NotificationHarness harness, ListOutboxMessages.Query query) =>
        harness.InScopeAsync(sp => new ListOutboxMessages.Handler(sp.GetRequiredService<AppDbContext>()).Handle(query, CancellationToken.None));
}
