using DomatAljandal.Workflows.Tasks;
using DomatAljandal.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Workflows.Tests;

/// <summary>
/// The page boundaries of the task list: its due order is two reads (tasks with a deadline by deadline, then those without by
/// age), so a page can end in the first, straddle both or lie in the second; each page holds the right tasks and the total is
/// right whether the page is full, exactly full at the end, short, or past the end.
/// </summary>
public sealed class TaskListPagingTests : IAsyncLifetime
{
    private const string Role = "PagingClerk";
    private EngineHost _host = null!;

    /// <summary>Instances in the order they were started (a minute apart): without, with, without, with, without, with a deadline.</summary>
    private readonly List<Guid> _started = [];

    private List<Guid> WithDeadline => [_started[1], _started[3], _started[5]];

    private List<Guid> WithoutDeadline => [_started[0], _started[2], _started[4]];

    public async Task InitializeAsync()
    {
        _host = await EngineHost.CreateAsync();
        await _host.PublishAsync(Flow.Define("timed").Start("t").HumanTask("t", Role, ["Ok"], deadline: "PT1H").End("e").Connect("t", "Ok", "e").Json());
        await _host.PublishAsync(Flow.Define("open").Start("t").HumanTask("t", Role, ["Ok"]).End("e").Connect("t", "Ok", "e").Json());
        for (var i = 0; i < 6; i++)
        {
            _started.Add((await _host.StartAsync(i % 2 == 0 ? "open" : "timed")).InstanceId);
            _host.Time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<TaskPage> PageAsync(int page, int pageSize, TaskOrder order = TaskOrder.Due) => _host.InScope(sp =>
        sp.GetRequiredService<IWorkflowTasks>().ListAsync(new TaskQuery { Roles = [Role], Order = order, Page = page, PageSize = pageSize }, default));

    private static List<Guid> Instances(TaskPage page) => [.. page.Items.Select(t => t.InstanceId)];

    [Fact]
    public async Task Pages_of_two_run_through_the_deadlines_then_across_to_the_tasks_without_one_each_task_once()
    {
        var order = WithDeadline.Concat(WithoutDeadline).ToList();
        var first = await PageAsync(1, 2);
        var second = await PageAsync(2, 2);
        var third = await PageAsync(3, 2);

        Assert.Equal(order[0..2], Instances(first));
        Assert.Equal(order[2..4], Instances(second)); // the last task with a deadline, then the oldest without
        Assert.Equal(order[4..6], Instances(third));
        Assert.NotEqual(Instances(first), Instances(second));
        Assert.All([first, second, third], p => Assert.Equal(6, p.Total));
        Assert.Equal([1, 2, 3], [first.Page, second.Page, third.Page]);
    }

    [Fact]
    public async Task A_page_exactly_full_at_either_end_of_a_read_and_the_last_exactly_full_page_count_every_task()
    {
        // Page size 3: page 1 is exactly the tasks with a deadline, page 2 exactly those without (the end of the list).
        var first = await PageAsync(1, 3);
        var second = await PageAsync(2, 3);
        Assert.Equal(WithDeadline, Instances(first));
        Assert.Equal(WithoutDeadline, Instances(second));
        Assert.Equal((6, 6), (first.Total, second.Total));

        // One page holding exactly every task.
        var all = await PageAsync(1, 6);
        Assert.Equal(WithDeadline.Concat(WithoutDeadline), Instances(all));
        Assert.Equal(6, all.Total);
    }

    [Fact]
    public async Task A_short_last_page_a_short_only_page_and_a_page_past_the_end_tell_the_total()
    {
        var shortLast = await PageAsync(2, 4);
        Assert.Equal(WithoutDeadline[1..], Instances(shortLast));
        Assert.Equal(6, shortLast.Total);

        var only = await PageAsync(1, 10);
        Assert.Equal(6, only.Items.Count);
        Assert.Equal(6, only.Total);

        var past = await PageAsync(3, 4);
        Assert.Empty(past.Items);
        Assert.Equal(6, past.Total);

        // Past the end inside the second read's range of pages too (page 4 of 2: skip 6).
        var pastAgain = await PageAsync(4, 2);
        Assert.Empty(pastAgain.Items);
        Assert.Equal(6, pastAgain.Total);
    }

    [Fact]
    public async Task By_age_the_pages_follow_the_starting_order_and_page_two_differs_from_page_one()
    {
        var first = await PageAsync(1, 4, TaskOrder.Created);
        var second = await PageAsync(2, 4, TaskOrder.Created);
        Assert.Equal(_started[0..4], Instances(first));
        Assert.Equal(_started[4..6], Instances(second));
        Assert.Equal((6, 6), (first.Total, second.Total));

        var exactlyFull = await PageAsync(2, 3, TaskOrder.Created);
        Assert.Equal(_started[3..6], Instances(exactlyFull));
        Assert.Equal(6, exactlyFull.Total);
    }
}
