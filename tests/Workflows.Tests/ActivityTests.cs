using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Workflows.Tests;

public sealed class ActivityTests : IAsyncLifetime
{
    private EngineHost _host = null!;

    public async Task InitializeAsync() => _host = await EngineHost.CreateAsync(
        services: s => s.AddWorkflowActivity<StampActivity>());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_human_task_waits_for_its_role_and_continues_with_the_chosen_outcome()
    {
        var started = await _host.PublishAndStartAsync(Flow.Define().Start("verify")
            .HumanTask("verify", "MemberRelationsOfficer", ["Complete", "MissingInfo"])
            .End("done").End("back", "Returned")
            .Connect("verify", "Complete", "done").Connect("verify", "MissingInfo", "back"));

        var bookmark = Assert.Single(started.Bookmarks);
        Assert.Equal((BookmarkKind.HumanTask, "MemberRelationsOfficer"), (bookmark.Kind, bookmark.Role));
        Assert.Equal(["Complete", "MissingInfo"], bookmark.Outcomes);
        Assert.Equal(WorkflowStatus.Running, started.Status);

        var resumed = await _host.ResumeAsync(started, "MissingInfo", new JsonObject { ["note"] = "ID copy missing" });
        Assert.Equal((WorkflowStatus.Completed, "Returned"), (resumed.Status, resumed.Result));

        var journal = (await _host.GetAsync(started.InstanceId)).Journal;
        var entry = journal.First(j => j.ActivityId == "verify");
        Assert.Equal(("MissingInfo", "officer-1"), (entry.Outcome, entry.Actor));
        Assert.Equal("ID copy missing", entry.Data!["note"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_human_task_form_refuses_a_missing_required_field_by_name_and_stores_the_fields()
    {
        var started = await _host.PublishAndStartAsync(Flow.Define().Start("research")
            .HumanTask("research", "MemberRelationsOfficer", ["Done"], form: new object[]
            {
                new { key = "income", type = "number", required = true, label = new { ar = "الدخل", en = "Income" } },
                new { key = "notes", type = "text", required = false },
            })
            .End("e").Connect("research", "Done", "e"));

        var missing = await Assert.ThrowsAsync<InvalidResumeDataException>(() => _host.ResumeAsync(started, "Done", new JsonObject { ["notes"] = "x" }));
        Assert.Equal(("income", WorkflowErrorKind.Invalid), (missing.Field, missing.Kind));
        Assert.Contains("income", missing.Message);

        var wrongType = await Assert.ThrowsAsync<InvalidResumeDataException>(() => _host.ResumeAsync(started, "Done", new JsonObject { ["income"] = "a lot" }));
        Assert.Equal("income", wrongType.Field);

        var done = await _host.ResumeAsync(started, "Done", new JsonObject { ["income"] = 4200, ["ignored"] = true });
        Assert.Equal(4200, done.Variables["income"]!.GetValue<int>());
        Assert.False(done.Variables.ContainsKey("ignored"));
    }

    [Theory]
    [InlineData(5000, "big")]
    [InlineData(10, "small")]
    public async Task A_decision_takes_True_or_False_from_its_condition(int amount, string expected)
    {
        var done = await _host.PublishAndStartAsync(Flow.Define().Start("d")
            .Activity("d", "Decision", new { condition = "amount > 1000 && variables.amount > 1000" })
            .End("big", "big").End("small", "small")
            .Connect("d", "True", "big").Connect("d", "False", "small"), new JsonObject { ["amount"] = amount });
        Assert.Equal(expected, done.Result);
    }

    [Fact]
    public async Task A_timer_waits_its_duration_then_continues()
    {
        var started = await _host.PublishAndStartAsync(Flow.Define().Start("wait")
            .Activity("wait", "Timer", new { duration = "P14D" }).End("e").Connect("wait", "Done", "e"));
        var bookmark = Assert.Single(started.Bookmarks);
        Assert.Equal(BookmarkKind.Timer, bookmark.Kind);
        Assert.Equal(_host.Time.GetUtcNow().AddDays(14), bookmark.DueAt);

        _host.Time.Advance(TimeSpan.FromDays(14));
        Assert.Equal(1, await _host.FireDueTimersAsync());
        Assert.Equal(WorkflowStatus.Completed, (await _host.GetAsync(started.InstanceId)).Instance.Status);
    }

    [Fact]
    public async Task A_timer_can_wait_until_a_date_held_in_a_variable()
    {
        var meeting = _host.Time.GetUtcNow().AddHours(3);
        var started = await _host.PublishAndStartAsync(Flow.Define().Start("wait")
            .Activity("wait", "Timer", new { until = "variables.meetingAt" }).End("e").Connect("wait", "Done", "e"),
            new JsonObject { ["meetingAt"] = meeting.ToString("O") });
        Assert.Equal(meeting, Assert.Single(started.Bookmarks).DueAt);
    }

    [Fact]
    public async Task Wait_for_event_continues_when_the_event_is_raised_and_keeps_its_data()
    {
        var started = await _host.PublishAndStartAsync(Flow.Define().Start("sign")
            .Activity("sign", "WaitForEvent", new { eventName = "DeclarationSigned", resultVariable = "signature" })
            .End("e").Connect("sign", "Done", "e"));
        Assert.Equal("DeclarationSigned", Assert.Single(started.Bookmarks).EventName);

        await Assert.ThrowsAsync<WorkflowNotFoundException>(() =>
            _host.Runtime(r => r.RaiseEventAsync(started.InstanceId, "SomethingElse", null, default)));
        var done = await _host.Runtime(r => r.RaiseEventAsync(started.InstanceId, "DeclarationSigned",
            new JsonObject { ["signedBy"] = "1012345678" }, default));

        Assert.Equal(WorkflowStatus.Completed, done.Status);
        Assert.Equal("1012345678", done.Variables["signature"]!["signedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Set_variable_stores_the_value_of_its_expression()
    {
        var done = await _host.PublishAndStartAsync(Flow.Define().Start("set")
            .Activity("set", "SetVariable", new { variable = "total", value = "variables.a + b" })
            .End("e").Connect("set", "Done", "e"), new JsonObject { ["a"] = 2, ["b"] = 3 });
        Assert.Equal(5, done.Variables["total"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_domain_action_sends_its_request_and_follows_the_handlers_outcome_and_variables()
    {
        _host.Recorder.OnDomainAction = request => new DomainActionResult("Accepted",
            new Dictionary<string, object?> { ["decisionNumber"] = "CD-7", ["amount"] = request.Inputs["amount"] });
        var done = await _host.PublishAndStartAsync(Flow.Define().Start("decide")
            .Activity("decide", "DomainAction", new
            {
                action = "RecordCommitteeDecision",
                inputs = new { amount = "variables.amount * 2", caseId = "caseId" },
                outcomes = new[] { "Accepted", "Rejected" },
            })
            .End("ok").End("no", "Rejected")
            .Connect("decide", "Accepted", "ok").Connect("decide", "Rejected", "no"),
            new JsonObject { ["amount"] = 50, ["caseId"] = "C-1" });

        var request = Assert.Single(_host.Recorder.Of<DomainActionRequest>());
        Assert.Equal("RecordCommitteeDecision", request.Action);
        Assert.Equal(100L, request.Inputs["amount"]);
        Assert.Equal("C-1", request.Inputs["caseId"]);
        Assert.Equal((done.InstanceId, "decide", "officer-1"), (request.Context.InstanceId, request.Context.ActivityId, request.Context.Actor));
        Assert.Equal(("Completed", "CD-7"), (done.Result, done.Variables["decisionNumber"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Send_notification_sends_the_template_and_inputs()
    {
        var done = await _host.PublishAndStartAsync(Flow.Define().Start("notify")
            .Activity("notify", "SendNotification", new { template = "CommitteeAccepted", inputs = new { name = "variables.name" } })
            .End("e").Connect("notify", "Done", "e"), new JsonObject { ["name"] = "سارة" });

        var request = Assert.Single(_host.Recorder.Of<SendNotificationRequest>());
        Assert.Equal("CommitteeAccepted", request.Template);
        Assert.Equal("سارة", request.Inputs["name"]);
        Assert.Equal(WorkflowStatus.Completed, done.Status);
    }

    [Fact]
    public async Task End_completes_with_its_result_publishes_WorkflowCompleted_and_closes_other_paths()
    {
        var done = await _host.PublishAndStartAsync(Flow.Define().Start("fork")
            .Activity("fork", "SetVariable", new { variable = "x", value = "1" })
            .HumanTask("task", "R", ["Ok"]).End("e", "Rejected").End("e2")
            .Connect("fork", "Done", "task").Connect("fork", "Done", "e").Connect("task", "Ok", "e2"));

        Assert.Equal((WorkflowStatus.Completed, "Rejected"), (done.Status, done.Result));
        Assert.Empty(done.Bookmarks);
        Assert.Equal("Rejected", Assert.Single(_host.Recorder.Of<WorkflowCompleted>()).Result);
    }

    [Fact]
    public async Task One_outcome_can_fan_out_to_several_activities()
    {
        var started = await _host.PublishAndStartAsync(Flow.Define().Start("fork")
            .Activity("fork", "SetVariable", new { variable = "x", value = "1" })
            .HumanTask("a", "R", ["Ok"]).HumanTask("b", "R", ["Ok"]).End("e")
            .Connect("fork", "Done", "a").Connect("fork", "Done", "b").Connect("a", "Ok", "e").Connect("b", "Ok", "e"));
        Assert.Equal(["a", "b"], started.Bookmarks.Select(b => b.ActivityId).Order());
        Assert.Equal(2, _host.Recorder.Of<BookmarkCreated>().Count);
    }

    [Fact]
    public async Task A_loop_back_to_an_earlier_task_is_allowed()
    {
        var started = await _host.PublishAndStartAsync(Flow.Define().Start("verify")
            .HumanTask("verify", "R", ["Complete", "MissingInfo"])
            .HumanTask("supply", "R", ["Supplied"]).End("e")
            .Connect("verify", "Complete", "e").Connect("verify", "MissingInfo", "supply").Connect("supply", "Supplied", "verify"));
        var actor = new WorkflowActor("u", ["R"]);
        var atSupply = await _host.ResumeAsync(started, "MissingInfo", actor: actor);
        var backAtVerify = await _host.ResumeAsync(atSupply, "Supplied", actor: actor);
        Assert.Equal("verify", Assert.Single(backAtVerify.Bookmarks).ActivityId);
    }

    [Fact]
    public async Task An_endless_loop_faults_after_the_maximum_steps()
    {
        await using var host = await EngineHost.CreateAsync(o => o.MaxStepsPerBurst = 50);
        var faulted = await host.PublishAndStartAsync(Flow.Define().Start("inc")
            .Activity("inc", "SetVariable", new { variable = "n", value = "(variables.n || 0) + 1" })
            .Activity("check", "Decision", new { condition = "true" }).End("e")
            .Connect("inc", "Done", "check").Connect("check", "True", "inc").Connect("check", "False", "e"));

        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        var incident = Assert.Single((await host.GetAsync(faulted.InstanceId)).Incidents);
        Assert.Contains("50", incident.Error);
    }

    [Fact]
    public async Task A_custom_activity_registered_in_DI_runs()
    {
        var done = await _host.PublishAndStartAsync(Flow.Define().Start("c")
            .Activity("c", "Stamp", new { seal = "blue" }).End("e").Connect("c", "Stamped", "e"));
        Assert.Equal("blue", done.Variables["stamped"]!.GetValue<string>());
    }

    [Fact]
    public async Task Handlers_write_in_the_same_unit_of_work_as_the_transition()
    {
        // The handler resolves the scoped DbContext the engine uses: its changes ride on the engine's SaveChanges.
        await using var host = await EngineHost.CreateAsync(services: s =>
            s.AddScoped<MediatR.IRequestHandler<DomainActionRequest, DomainActionResult>, JournalWritingHandler>());
        var done = await host.PublishAndStartAsync(Flow.Define().Start("act")
            .Activity("act", "DomainAction", new { action = "Write" }).End("e").Connect("act", "Done", "e"));
        var journal = (await host.GetAsync(done.InstanceId)).Journal;
        Assert.Contains(journal, j => j.ActivityId == "handler-wrote-this");
    }

    private sealed class JournalWritingHandler(TestDbContext db) : MediatR.IRequestHandler<DomainActionRequest, DomainActionResult>
    {
        public Task<DomainActionResult> Handle(DomainActionRequest request, CancellationToken cancellationToken)
        {
            db.Add(new Persistence.JournalEntry
            {
                Id = Guid.NewGuid(), InstanceId = request.Context.InstanceId, Sequence = 999, ActivityId = "handler-wrote-this",
                ActivityType = "Test", StartedAt = DateTime.UtcNow,
            });
            return Task.FromResult(DomainActionResult.Done);
        }
    }
}
