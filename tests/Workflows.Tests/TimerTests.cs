using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Scheduling;
using DomatAljandal.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DomatAljandal.Workflows.Tests;

public sealed class TimerTests
{
    private static Flow CommitteeWithDeadline(bool timeoutPath) =>
        timeoutPath
            ? Flow.Define("committee").Start("decide")
                .HumanTask("decide", "ResearchCommittee", ["Accept", "Reject"], deadline: "P14D")
                .End("accepted").End("rejected", "Rejected").End("expired", "Expired")
                .Connect("decide", "Accept", "accepted").Connect("decide", "Reject", "rejected").Connect("decide", "Timeout", "expired")
            : Flow.Define("committee").Start("decide")
                .HumanTask("decide", "ResearchCommittee", ["Accept", "Reject"], deadline: "P14D")
                .End("accepted").End("rejected", "Rejected")
                .Connect("decide", "Accept", "accepted").Connect("decide", "Reject", "rejected");

    private static Flow Wait(string duration) => Flow.Define("wait").Start("wait")
        .Activity("wait", "Timer", new { duration }).End("e").Connect("wait", "Done", "e");

    [Fact]
    public async Task A_timer_that_is_not_yet_due_does_not_fire()
    {
        await using var host = await EngineHost.CreateAsync();
        var started = await host.PublishAndStartAsync(Wait("PT1H"));
        host.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await host.FireDueTimersAsync());
        Assert.Equal(WorkflowStatus.Running, (await host.GetAsync(started.InstanceId)).Instance.Status);
    }

    [Fact]
    public async Task A_due_timer_fires_exactly_once()
    {
        await using var host = await EngineHost.CreateAsync();
        var started = await host.PublishAndStartAsync(Wait("PT1H"));
        host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await host.FireDueTimersAsync());
        Assert.Equal(0, await host.FireDueTimersAsync());
        var details = await host.GetAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Completed, details.Instance.Status);
        Assert.Single(details.Journal, j => j.ActivityId == "wait");
    }

    [Fact]
    public async Task A_timer_survives_a_restart()
    {
        var file = TempDatabase.NewSqliteFile();
        Guid instanceId;
        await using (var before = await EngineHost.CreateAsync(file))
        {
            instanceId = (await before.PublishAndStartAsync(Wait("P1D"))).InstanceId;
        }

        await using var after = await EngineHost.CreateAsync(file);
        after.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await after.FireDueTimersAsync());
        Assert.Equal(WorkflowStatus.Completed, (await after.GetAsync(instanceId)).Instance.Status);
    }

    [Fact]
    public async Task A_timer_claimed_by_a_node_that_died_fires_after_its_lease()
    {
        var file = TempDatabase.NewSqliteFile();
        await using var host = await EngineHost.CreateAsync(file, o => o.NodeId = "survivor");
        var started = await host.PublishAndStartAsync(Wait("PT1M"));
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var now = host.Time.GetUtcNow().UtcDateTime;
        await host.Db(db => db.Set<DurableTimer>().ExecuteUpdateAsync(s => s
            .SetProperty(t => t.ClaimedBy, "killed-node").SetProperty(t => t.ClaimedUntil, now.AddSeconds(30))));

        Assert.Equal(0, await host.FireDueTimersAsync());
        host.Time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, await host.FireDueTimersAsync());
        Assert.Equal(WorkflowStatus.Completed, (await host.GetAsync(started.InstanceId)).Instance.Status);
    }

    [Fact]
    public async Task A_passed_deadline_publishes_DeadlineBreached_and_takes_the_Timeout_path()
    {
        await using var host = await EngineHost.CreateAsync();
        var started = await host.PublishAndStartAsync(CommitteeWithDeadline(timeoutPath: true));
        var dueAt = Assert.Single(started.Bookmarks).DueAt;
        Assert.Equal(host.Time.GetUtcNow().AddDays(14), dueAt);

        host.Time.Advance(TimeSpan.FromDays(14));
        Assert.Equal(1, await host.FireDueTimersAsync());

        var breach = Assert.Single(host.Recorder.Of<DeadlineBreached>());
        Assert.Equal((started.InstanceId, "decide", "ResearchCommittee", dueAt, true),
            (breach.InstanceId, breach.ActivityId, breach.Role, (DateTimeOffset?)breach.DueAt, breach.TimeoutTaken));
        var details = await host.GetAsync(started.InstanceId);
        Assert.Equal((WorkflowStatus.Completed, "Expired"), (details.Instance.Status, details.Instance.Result));
        Assert.Contains(details.Journal, j => j.ActivityId == "decide" && j.Outcome == "Timeout" && j.Actor == "system");
    }

    [Fact]
    public async Task A_passed_deadline_without_a_Timeout_path_leaves_the_task_open_and_marked_breached()
    {
        await using var host = await EngineHost.CreateAsync();
        var started = await host.PublishAndStartAsync(CommitteeWithDeadline(timeoutPath: false));
        host.Time.Advance(TimeSpan.FromDays(15));
        await host.FireDueTimersAsync();

        Assert.False(Assert.Single(host.Recorder.Of<DeadlineBreached>()).TimeoutTaken);
        var bookmark = Assert.Single((await host.GetAsync(started.InstanceId)).Instance.Bookmarks);
        Assert.Equal(host.Time.GetUtcNow(), bookmark.BreachedAt);
        var done = await host.ResumeAsync(started, "Accept", actor: new WorkflowActor("c", ["ResearchCommittee"]));
        Assert.Equal(WorkflowStatus.Completed, done.Status);
    }

    [Fact]
    public async Task Completing_a_task_before_its_deadline_removes_the_deadline_timer()
    {
        await using var host = await EngineHost.CreateAsync();
        var started = await host.PublishAndStartAsync(CommitteeWithDeadline(timeoutPath: true));
        await host.ResumeAsync(started, "Accept", actor: new WorkflowActor("c", ["ResearchCommittee"]));
        host.Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await host.FireDueTimersAsync());
        Assert.Empty(host.Recorder.Of<DeadlineBreached>());
        Assert.Equal(0, await host.Db(db => db.Set<DurableTimer>().CountAsync()));
    }

    [Fact]
    public async Task The_hosted_scheduler_fires_a_due_timer_on_its_next_poll()
    {
        await using var host = await EngineHost.CreateAsync(o => o.SchedulerPollInterval = TimeSpan.FromSeconds(1));
        var started = await host.PublishAndStartAsync(Wait("PT10S"));
        var scheduler = host.Services.GetServices<IHostedService>().OfType<WorkflowScheduler>().Single();
        var completed = new TaskCompletionSource();
        host.Recorder.Messages.Clear();

        await scheduler.StartAsync(default);
        try
        {
            // Advance the fake clock one poll at a time until the completion notification arrives.
            for (var i = 0; i < 100 && !host.Recorder.Of<WorkflowCompleted>().Any(); i++)
            {
                host.Time.Advance(TimeSpan.FromSeconds(1));
                await Task.Yield();
                await WaitUntilAsync(() => host.Recorder.Of<WorkflowCompleted>().Any() || host.Time.GetUtcNow() < started.Bookmarks[0].DueAt!.Value,
                    TimeSpan.FromMilliseconds(200));
            }
        }
        finally
        {
            await scheduler.StopAsync(default);
        }
        Assert.Equal(started.InstanceId, Assert.Single(host.Recorder.Of<WorkflowCompleted>()).InstanceId);
    }

    // Polls a condition that a background loop makes true; bounded, no fixed sleeps.
    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition() && DateTime.UtcNow < deadline) await Task.Yield();
    }
}
