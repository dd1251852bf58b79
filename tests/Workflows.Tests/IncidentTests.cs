using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tests.Support;

namespace DomatAljandal.Workflows.Tests;

public sealed class IncidentTests : IAsyncLifetime
{
    private EngineHost _host = null!;
    private int _failuresLeft;

    public async Task InitializeAsync()
    {
        _host = await EngineHost.CreateAsync(o =>
        {
            o.IncidentMaxAttempts = 3;
            o.IncidentBackoff = TimeSpan.FromSeconds(10);
        });
        _host.Recorder.OnNotification = _ =>
            Interlocked.Decrement(ref _failuresLeft) >= 0 ? throw new InvalidOperationException("Mail server is down") : MediatR.Unit.Value;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<WorkflowInstanceSnapshot> StartAsync() => _host.PublishAndStartAsync(Flow.Define().Start("notify")
        .Activity("notify", "SendNotification", new { template = "Welcome" })
        .HumanTask("next", "MemberRelationsOfficer", ["Ok"]).End("e")
        .Connect("notify", "Done", "next").Connect("next", "Ok", "e"));

    [Fact]
    public async Task A_failing_activity_becomes_an_incident_that_is_retried_with_backoff_until_it_succeeds()
    {
        _failuresLeft = 2;
        var started = await StartAsync();
        var incident = Assert.Single((await _host.GetAsync(started.InstanceId)).Incidents);
        Assert.Equal((IncidentStatus.Open, 1, "Mail server is down"), (incident.Status, incident.Attempts, incident.Error));
        Assert.Equal(_host.Time.GetUtcNow().AddSeconds(10), incident.NextAttemptAt);
        Assert.Contains((await _host.GetAsync(started.InstanceId)).Journal, j => j.ActivityId == "notify" && j.Error == "Mail server is down");

        _host.Time.Advance(TimeSpan.FromSeconds(10));
        await _host.FireDueTimersAsync();
        incident = Assert.Single((await _host.GetAsync(started.InstanceId)).Incidents);
        Assert.Equal(2, incident.Attempts);
        Assert.Equal(_host.Time.GetUtcNow().AddSeconds(20), incident.NextAttemptAt); // backoff doubles

        _host.Time.Advance(TimeSpan.FromSeconds(20));
        await _host.FireDueTimersAsync();
        var details = await _host.GetAsync(started.InstanceId);
        Assert.Equal(IncidentStatus.Resolved, Assert.Single(details.Incidents).Status);
        Assert.Equal((WorkflowStatus.Running, "next"), (details.Instance.Status, details.Instance.Bookmarks.Single().ActivityId));
    }

    [Fact]
    public async Task After_the_last_attempt_the_instance_is_Faulted_until_an_admin_retries()
    {
        _failuresLeft = 3;
        var started = await StartAsync();
        _host.Time.Advance(TimeSpan.FromSeconds(10));
        await _host.FireDueTimersAsync();
        _host.Time.Advance(TimeSpan.FromSeconds(20));
        await _host.FireDueTimersAsync();

        var details = await _host.GetAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, details.Instance.Status);
        var incident = Assert.Single(details.Incidents);
        Assert.Equal((3, (DateTimeOffset?)null), (incident.Attempts, incident.NextAttemptAt));
        Assert.Single(_host.Recorder.Of<WorkflowFaulted>());
        Assert.Contains(await _host.Incidents(i => i.ListAsync(IncidentStatus.Open, default)), i => i.Id == incident.Id);

        var retried = await _host.Incidents(i => i.RetryAsync(incident.Id, EngineHost.Admin, default));
        Assert.Equal((WorkflowStatus.Running, "next"), (retried.Status, retried.Bookmarks.Single().ActivityId));
        Assert.Equal(IncidentStatus.Resolved, Assert.Single((await _host.GetAsync(started.InstanceId)).Incidents).Status);
    }

    [Fact]
    public async Task Cancelling_an_incident_cancels_its_instance()
    {
        _failuresLeft = 100;
        var started = await StartAsync();
        var incident = Assert.Single((await _host.GetAsync(started.InstanceId)).Incidents);

        var cancelled = await _host.Incidents(i => i.CancelAsync(incident.Id, EngineHost.Admin, default));
        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Status);
        Assert.Equal(IncidentStatus.Cancelled, Assert.Single((await _host.GetAsync(started.InstanceId)).Incidents).Status);
        _host.Time.Advance(TimeSpan.FromMinutes(5));
        await _host.FireDueTimersAsync();
        Assert.Equal(1, Assert.Single((await _host.GetAsync(started.InstanceId)).Incidents).Attempts);
        await Assert.ThrowsAsync<WorkflowStateException>(() => _host.Incidents(i => i.RetryAsync(incident.Id, EngineHost.Admin, default)));
    }

    [Fact]
    public async Task A_domain_action_returning_an_undeclared_outcome_is_an_incident()
    {
        _host.Recorder.OnDomainAction = _ => new DomainActionResult("Surprise");
        var started = await _host.PublishAndStartAsync(Flow.Define("act").Start("act")
            .Activity("act", "DomainAction", new { action = "X" }).End("e").Connect("act", "Done", "e"));
        Assert.Contains("Surprise", Assert.Single((await _host.GetAsync(started.InstanceId)).Incidents).Error);
    }
}
