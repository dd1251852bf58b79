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
    public async Task Page_two_holds_the_next_messages_and_the_total_counts_all()
    {
        await using var harness = await NotificationHarness.CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await harness.NotifyMemberAsync(new MemberContact(null, "0501234567", NotificationChannel.Sms), NotificationTemplateKeys.RequestReceived, Received, $"m{i}");
            harness.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var first = await PageAsync(harness, new ListOutboxMessages.Query(Page: 1, PageSize: 2));
        var second = await PageAsync(harness, new ListOutboxMessages.Query(Page: 2, PageSize: 2));
        var last = await PageAsync(harness, new ListOutboxMessages.Query(Page: 3, PageSize: 2));

        Assert.Equal([5, 5, 5], new[] { first.Total, second.Total, last.Total });
        Assert.Equal(2, second.Items.Count);
        Assert.Empty(first.Items.Select(m => m.Id).Intersect(second.Items.Select(m => m.Id)));
        Assert.True(first.Items[^1].CreatedAt > second.Items[0].CreatedAt);
        Assert.Single(last.Items);
    }

    [Theory]
    [InlineData(0, 10, "page")]
    [InlineData(1, 0, "pageSize")]
    [InlineData(1, PageRequest.MaxPageSize + 1, "pageSize")]
    public async Task A_page_out_of_range_is_a_problem_naming_the_field(int page, int pageSize, string field)
    {
        await using var harness = await NotificationHarness.CreateAsync();

        var problem = await Assert.ThrowsAsync<ProblemException>(() => ListAsync(harness, new ListOutboxMessages.Query(Page: page, PageSize: pageSize)));

        Assert.Equal(400, problem.Status);
        Assert.True(problem.Errors!.ContainsKey(field));
    }

    private static async Task<IReadOnlyList<ListOutboxMessages.OutboxMessageDto>> ListAsync(NotificationHarness harness, ListOutboxMessages.Query query) =>
        (await PageAsync(harness, query)).Items;

    private static Task<Paged<ListOutboxMessages.OutboxMessageDto>> PageAsync(NotificationHarness harness, ListOutboxMessages.Query query) =>
        harness.InScopeAsync(sp => new ListOutboxMessages.Handler(sp.GetRequiredService<AppDbContext>()).Handle(query, CancellationToken.None));
}
