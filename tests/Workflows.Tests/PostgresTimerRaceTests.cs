using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace DomatAljandal.Workflows.Tests;

public sealed class PostgresTimerRaceTests(ITestOutputHelper output)
{
    private const int Timers = 200;

    [SkippableFact]
    public async Task Two_nodes_racing_over_200_due_timers_on_one_PostgreSQL_fire_each_exactly_once()
    {
        await using var database = await PostgresTestDatabase.CreateOrSkipAsync("domat_wf_race");
        var start = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
        await using var nodeA = EngineHost.Build(o => o.UseNpgsql(database.ConnectionString), o => { o.NodeId = "node-a"; o.TimerBatchSize = 10; },
            time: new FakeTimeProvider(start));
        await using var nodeB = EngineHost.Build(o => o.UseNpgsql(database.ConnectionString), o => { o.NodeId = "node-b"; o.TimerBatchSize = 10; },
            time: new FakeTimeProvider(start));
        await nodeA.EnsureCreatedAsync();

        await nodeA.PublishAsync(Flow.Define("race").Start("wait")
            .Activity("wait", "Timer", new { duration = "PT1M" })
            .Activity("count", "DomainAction", new { action = "Count" })
            .End("e").Connect("wait", "Done", "count").Connect("count", "Done", "e").Json());
        for (var i = 0; i < Timers; i++) await nodeA.StartAsync("race");

        nodeA.Time.Advance(TimeSpan.FromMinutes(1));
        nodeB.Time.Advance(TimeSpan.FromMinutes(1));
        var fired = await Task.WhenAll(Task.Run(() => DrainAsync(nodeA)), Task.Run(() => DrainAsync(nodeB)));

        output.WriteLine($"node-a fired {fired[0]}, node-b fired {fired[1]}");
        var handled = nodeA.Recorder.Of<DomainActionRequest>().Concat(nodeB.Recorder.Of<DomainActionRequest>()).ToList();
        Assert.Equal(Timers, fired.Sum());
        Assert.Equal(Timers, handled.Count);
        Assert.Equal(Timers, handled.Select(r => r.Context.InstanceId).Distinct().Count());
        Assert.Equal(Timers, await nodeA.Db(db => db.Set<JournalEntry>().CountAsync(j => j.ActivityId == "wait")));
        Assert.Equal(0, await nodeA.Db(db => db.Set<DurableTimer>().CountAsync(t => t.FiredAt == null)));
        Assert.Equal(Timers, await nodeA.Db(db => db.Set<WorkflowInstance>().CountAsync(i => i.Status == WorkflowStatus.Completed)));
    }

    // Each node polls like its scheduler would until a poll finds nothing more.
    private static async Task<int> DrainAsync(EngineHost node)
    {
        var total = 0;
        for (var fired = -1; fired != 0;)
        {
            fired = await node.FireDueTimersAsync();
            total += fired;
        }
        return total;
    }
}
