using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tasks;
using DomatAljandal.Workflows.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Workflows.Tests;

/// <summary>Stages entered at run time, the engine's task API, waits only their event resumes, and admin actions journaled.</summary>
public sealed class StageAndTaskTests : IAsyncLifetime
{
    private static readonly WorkflowActor Colleague = new("officer-2", ["MemberRelationsOfficer"]);
    private static readonly WorkflowActor Manager = new("manager", ["Manager"]);
    private EngineHost _host = null!;

    public async Task InitializeAsync() => _host = await EngineHost.CreateAsync(
        o => o.TaskSupervisorRoles = ["Manager"],
        services =>
        {
            services.AddScoped<INotificationHandler<StageEntered>, StageRecorder>();
            services.AddScoped<INotificationHandler<TaskCompleted>, StageRecorder>();
        });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<WorkflowInstanceSnapshot> StartStagedAsync()
    {
        var json = JsonNode.Parse(Flow.Define("staged").Start("a")
            .Activity("a", "HumanTask", new
            {
                role = "MemberRelationsOfficer", stage = "first",
                outcomes = new object[] { new { id = "Ok", name = new { ar = "تم", en = "Done it" } } },
                form = new[] { new { key = "note", type = "text", required = true } },
            })
            .Activity("b", "HumanTask", new { role = "MemberRelationsOfficer", stage = "second", outcomes = new[] { "Ok" } })
            .Activity("e", "End", new { result = "Completed", stage = "second" })
            .Connect("a", "Ok", "b").Connect("b", "Ok", "e").Json())!.AsObject();
        json["stages"] = new JsonArray(
            new JsonObject { ["id"] = "first", ["name"] = new JsonObject { ["ar"] = "الأولى", ["en"] = "First" } },
            new JsonObject { ["id"] = "second", ["name"] = new JsonObject { ["ar"] = "الثانية", ["en"] = "Second" } },
            new JsonObject { ["id"] = "third", ["name"] = new JsonObject { ["ar"] = "الثالثة", ["en"] = "Third" } });
        return PublishAndStartAsync(json.ToJsonString(), "staged");
    }

    private async Task<WorkflowInstanceSnapshot> PublishAndStartAsync(string json, string definitionId)
    {
        await _host.PublishAsync(json);
        return await _host.StartAsync(definitionId);
    }

    private Task<T> Tasks<T>(Func<IWorkflowTasks, Task<T>> action) => _host.InScope(sp => action(sp.GetRequiredService<IWorkflowTasks>()));

    [Fact]
    public async Task An_instance_enters_the_stage_of_each_activity_it_runs_journaled_published_and_read_back()
    {
        var started = await StartStagedAsync();
        Assert.Equal("first", started.CurrentStage);
        Assert.Equal(("first", (string?)null), Assert.Single(_host.Recorder.Of<StageEntered>()) is var e ? (e.StageId, e.PreviousStageId) : default);

        await _host.ResumeAsync(started, "Ok", new JsonObject { ["note"] = "done" });
        Assert.Equal(("second", "first"), _host.Recorder.Of<StageEntered>()[^1] is var s ? (s.StageId, s.PreviousStageId) : default);
        var completed = Assert.Single(_host.Recorder.Of<TaskCompleted>());
        Assert.Equal(("a", "first", "Ok", "officer-1", "done"), (completed.ActivityId, completed.StageId, completed.Outcome, completed.Actor,
            completed.Data?["note"]?.GetValue<string>()));

        var stages = await _host.Runtime(r => r.GetStagesAsync(started.InstanceId, default));
        Assert.Equal("second", stages!.CurrentStage);
        Assert.Equal([StageState.Done, StageState.Current, StageState.Ahead], stages.Stages.Select(x => x.State));
        Assert.Equal("الثانية", stages.Stages[1].Name!["ar"]);
        var journal = (await _host.GetAsync(started.InstanceId)).Journal;
        Assert.Equal(["first", "second"], journal.Where(j => j.ActivityId == WorkflowJournal.StageActivityId).Select(j => j.Outcome));

        var b = (await _host.GetAsync(started.InstanceId)).Instance;
        await _host.ResumeAsync(b, "Ok");
        var done = await _host.GetAsync(started.InstanceId);
        Assert.Equal([StageState.Done, StageState.Done, StageState.Skipped], done.Stages.Select(x => x.State));
    }

    [Fact]
    public async Task A_wait_for_an_event_is_resumed_by_its_event_only_never_directly_whatever_the_roles()
    {
        var started = await PublishAndStartAsync(Flow.Define("signed").Start("w")
            .Activity("w", "WaitForEvent", new { eventName = "DeclarationSigned" }).End("e").Connect("w", "Done", "e").Json(), "signed");

        var refused = await Assert.ThrowsAsync<EventWaitNotResumableException>(() =>
            _host.ResumeAsync(started, "Done", actor: new WorkflowActor("root", ["Admin", "Manager", "MemberRelationsOfficer"])));
        Assert.Equal(WorkflowErrorKind.Forbidden, refused.Kind);
        Assert.Contains("DeclarationSigned", refused.MessageAr);
        Assert.Equal(WorkflowStatus.Running, (await _host.GetAsync(started.InstanceId)).Instance.Status);

        var raised = await _host.Runtime(r => r.RaiseEventAsync(started.InstanceId, "DeclarationSigned", null, default));
        Assert.Equal(WorkflowStatus.Completed, raised.Status);
    }

    [Fact]
    public async Task The_task_api_checks_the_role_the_claim_the_outcome_and_the_form()
    {
        var started = await StartStagedAsync();
        var page = await Tasks(t => t.ListAsync(new TaskQuery { Roles = ["MemberRelationsOfficer"] }, default));
        var task = Assert.Single(page.Items);
        Assert.Equal(("a", "first", "الأولى"), (task.ActivityId, task.StageId, task.StageName!["ar"]));
        Assert.Equal("تم", Assert.Single(task.Outcomes).Label("ar"));
        Assert.Empty((await Tasks(t => t.ListAsync(new TaskQuery { Roles = ["CommitteeMember"] }, default))).Items);

        await Assert.ThrowsAsync<ActorLacksRoleException>(() => Tasks(t => t.ClaimAsync(task.Id, Manager, default)));
        Assert.Equal("officer-1", (await Tasks(t => t.ClaimAsync(task.Id, EngineHost.Officer, default))).ClaimedBy);
        Assert.Equal("officer-1", (await Assert.ThrowsAsync<TaskClaimedException>(() => Tasks(t => t.ClaimAsync(task.Id, Colleague, default)))).ClaimedBy);
        await Assert.ThrowsAsync<TaskClaimedException>(() => Tasks(t => t.CompleteAsync(task.Id, "Ok", new JsonObject { ["note"] = "x" }, Colleague, default)));
        await Assert.ThrowsAsync<TaskReleaseForbiddenException>(() => Tasks(t => t.ReleaseAsync(task.Id, Colleague, default)));
        Assert.Single((await Tasks(t => t.ListAsync(new TaskQuery { ClaimedBy = "officer-1" }, default))).Items);

        Assert.Null((await Tasks(t => t.ReleaseAsync(task.Id, Manager, default))).ClaimedBy);
        await Assert.ThrowsAsync<UndeclaredOutcomeException>(() => Tasks(t => t.CompleteAsync(task.Id, "Maybe", null, Colleague, default)));
        Assert.Equal("note", (await Assert.ThrowsAsync<InvalidResumeDataException>(() => Tasks(t => t.CompleteAsync(task.Id, "Ok", null, Colleague, default)))).Field);

        var after = await Tasks(t => t.CompleteAsync(task.Id, "Ok", new JsonObject { ["note"] = "checked" }, Colleague, default));
        Assert.Equal("second", after.CurrentStage);
        await Assert.ThrowsAsync<BookmarkConsumedException>(() => Tasks(t => t.CompleteAsync(task.Id, "Ok", null, Colleague, default)));
        Assert.Equal("b", Assert.Single((await Tasks(t => t.ListAsync(new TaskQuery { InstanceIds = [started.InstanceId] }, default))).Items).ActivityId);
    }

    [Fact]
    public async Task Retrying_an_incident_is_journaled_with_who_retried_it()
    {
        var failures = 1;
        _host.Recorder.OnNotification = _ => failures-- > 0 ? throw new InvalidOperationException("Mail server is down") : Unit.Value;
        var started = await PublishAndStartAsync(Flow.Define("mail").Start("notify")
            .Activity("notify", "SendNotification", new { template = "Welcome", channel = "Email" }).End("e").Connect("notify", "Done", "e").Json(), "mail");
        var incident = Assert.Single((await _host.GetAsync(started.InstanceId)).Incidents);

        await _host.Incidents(i => i.RetryAsync(incident.Id, EngineHost.Admin, default));

        var journal = (await _host.GetAsync(started.InstanceId)).Journal;
        var retried = Assert.Single(journal, j => j.Outcome == "IncidentRetried");
        Assert.Equal((WorkflowJournal.InstanceActivityId, "admin"), (retried.ActivityId, retried.Actor));
        Assert.Equal("notify", retried.Data!["activityId"]!.GetValue<string>());
    }

    private sealed class StageRecorder(Recorder recorder) : INotificationHandler<StageEntered>, INotificationHandler<TaskCompleted>
    {
        public Task Handle(StageEntered notification, CancellationToken cancellationToken) => Record(notification);
        public Task Handle(TaskCompleted notification, CancellationToken cancellationToken) => Record(notification);

        private Task Record(object notification)
        {
            recorder.Messages.Enqueue(notification);
            return Task.CompletedTask;
        }
    }
}
