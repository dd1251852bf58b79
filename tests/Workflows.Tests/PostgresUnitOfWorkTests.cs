using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace DomatAljandal.Workflows.Tests;

/// <summary>
/// Every kind of engine write (instance insert and revision-guarded update, bookmark insert/consume/breach, timer
/// insert/delete, incident insert/update/bulk cancel, journal insert) round-trips on PostgreSQL as it does on SQLite.
/// </summary>
public sealed class PostgresUnitOfWorkTests
{
    [SkippableFact]
    public async Task Every_kind_of_engine_write_round_trips_on_PostgreSQL()
    {
        await using var database = await PostgresTestDatabase.CreateOrSkipAsync("domat_wf_uow");
            await using var host = EngineHost.Build(o => o.UseNpgsql(database.ConnectionString), o =>
        {
            o.IncidentMaxAttempts = 3;
            o.IncidentBackoff = TimeSpan.FromSeconds(10);
        }, time: new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero)));
        await host.EnsureCreatedAsync();
        var failuresLeft = 1;
        host.Recorder.OnNotification = _ =>
            Interlocked.Decrement(ref failuresLeft) >= 0 ? throw new InvalidOperationException("Mail server is down") : MediatR.Unit.Value;
        await host.PublishAsync(Flow.Define("uow").Start("notify")
            .Activity("notify", "SendNotification", new { template = "Welcome" })
            .HumanTask("next", "MemberRelationsOfficer", ["Ok"], deadline: "PT1H").End("e")
            .Connect("notify", "Done", "next").Connect("next", "Ok", "e").Json());

        // Insert: instance, journal (the failure), incident and its retry timer.
        var first = await host.StartAsync("uow", new JsonObject { ["amount"] = 5 });
        var incident = Assert.Single((await host.GetAsync(first.InstanceId)).Incidents);
        Assert.Equal((IncidentStatus.Open, 1), (incident.Status, incident.Attempts));

        // The retry timer fires: the incident is resolved (update), the task and its deadline timer are inserted.
        host.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, await host.FireDueTimersAsync());
        var details = await host.GetAsync(first.InstanceId);
        Assert.Equal(IncidentStatus.Resolved, Assert.Single(details.Incidents).Status);
        var task = Assert.Single(details.Instance.Bookmarks);
        Assert.Equal(("next", host.Time.GetUtcNow().AddHours(1)), (task.ActivityId, task.DueAt));

        // The deadline passes (bookmark update), then the task is done with data (consume, timer delete, guarded update).
        host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await host.FireDueTimersAsync());
        Assert.NotNull(Assert.Single((await host.GetAsync(first.InstanceId)).Instance.Bookmarks).BreachedAt);
        var done = await host.Runtime(r => r.ResumeAsync(first.InstanceId, task.Id, "Ok", new JsonObject { ["note"] = "تم" }, EngineHost.Officer, default));
        Assert.Equal(WorkflowStatus.Completed, done.Status);
        details = await host.GetAsync(first.InstanceId);
        Assert.Equal(5, details.Instance.Variables["amount"]!.GetValue<int>());
        Assert.Equal("تم", details.Journal.Single(j => j.ActivityId == "next").Data!["note"]!.GetValue<string>());
        Assert.Equal(Enumerable.Range(1, details.Journal.Count), details.Journal.Select(j => j.Sequence));

        // Cancelling an instance with an open incident: its retry timer is deleted and the incident cancelled in bulk.
        failuresLeft = 1;
        var second = await host.StartAsync("uow");
        var cancelled = await host.Runtime(r => r.CancelAsync(second.InstanceId, EngineHost.Admin, "Duplicate", default));
        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Status);
        Assert.Equal(IncidentStatus.Cancelled, Assert.Single((await host.GetAsync(second.InstanceId)).Incidents).Status);
        Assert.Equal(0, await host.Db(db => db.Set<DurableTimer>().CountAsync(t => t.FiredAt == null)));
    }
}
