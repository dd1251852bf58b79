using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tasks;
using DomatAljandal.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Workflows.Tests;

/// <summary>Event waits that remind and lapse on the fake clock, and tasks that take several people's votes.</summary>
public sealed class WaitsAndVotesTests
{
    private static readonly WorkflowActor First = new("committee-1", ["ResearchCommittee"]);
    private static readonly WorkflowActor Second = new("committee-2", ["ResearchCommittee"]);
    private static readonly WorkflowActor Third = new("committee-3", ["ResearchCommittee"]);

    private static Flow WaitThatLapses() => Flow.Define("signature").Start("wait")
        .Activity("wait", "WaitForEvent", new
        {
            eventName = "DeclarationSigned", reminders = new[] { "P3D", "P7D" }, reminderTemplate = "member-reminder", lapse = "P30D",
        })
        .End("signed").End("lapsed", "Lapsed")
        .Connect("wait", "Done", "signed").Connect("wait", "Lapsed", "lapsed");

    private static Flow Committee(int approvals) => Flow.Define("committee").Start("decide")
        .Activity("decide", "HumanTask", new
        {
            role = "ResearchCommittee", outcomes = new[] { "Accept", "Reject" }, approvals,
            form = new[] { new { key = "reason", type = "text", required = true } },
        })
        .End("accepted").End("rejected", "Rejected")
        .Connect("decide", "Accept", "accepted").Connect("decide", "Reject", "rejected");

    [Fact]
    public async Task A_wait_reminds_after_three_and_seven_days_and_lapses_after_thirty()
    {
        await using var host = await EngineHost.CreateAsync();
        var started = await host.PublishAndStartAsync(WaitThatLapses());

        host.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await host.FireDueTimersAsync());
        host.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await host.FireDueTimersAsync());
        host.Time.Advance(TimeSpan.FromDays(4));
        Assert.Equal(1, await host.FireDueTimersAsync());
        var reminders = host.Recorder.Of<SendNotificationRequest>();
        Assert.Equal(["member-reminder", "member-reminder"], reminders.Select(r => r.Template));
        Assert.Equal([1, 2], reminders.Select(r => (int)r.Inputs["reminder"]!));
        Assert.Equal(WorkflowStatus.Running, (await host.GetAsync(started.InstanceId)).Instance.Status);

        host.Time.Advance(TimeSpan.FromDays(22));
        Assert.Equal(0, await host.FireDueTimersAsync());
        host.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await host.FireDueTimersAsync());
        var details = await host.GetAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Completed, details.Instance.Status);
        Assert.Equal("Lapsed", details.Instance.Result);
        Assert.Equal(2, details.Journal.Count(j => j.ActivityId == "wait" && j.Outcome == "Reminder"));
        Assert.Single(details.Journal, j => j.ActivityId == "wait" && j.Outcome == WaitForEventActivity.LapsedOutcome);
    }

    [Fact]
    public async Task A_wait_answered_in_time_neither_reminds_again_nor_lapses()
    {
        await using var host = await EngineHost.CreateAsync();
        var started = await host.PublishAndStartAsync(WaitThatLapses());
        host.Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await host.FireDueTimersAsync());
        await host.Runtime(r => r.RaiseEventAsync(started.InstanceId, "DeclarationSigned", new JsonObject { ["by"] = "member" }, default));

        host.Time.Advance(TimeSpan.FromDays(40));
        Assert.Equal(0, await host.FireDueTimersAsync());
        Assert.Single(host.Recorder.Of<SendNotificationRequest>());
        Assert.Equal("Completed", (await host.GetAsync(started.InstanceId)).Instance.Result);
    }

    [Fact]
    public async Task A_lapse_without_a_connection_for_Lapsed_is_refused()
    {
        await using var host = await EngineHost.CreateAsync();
        var json = Flow.Define("no-lapse-path").Start("wait")
            .Activity("wait", "WaitForEvent", new { eventName = "MemberReplied", lapse = "P30D" }).End("e").Connect("wait", "Done", "e").Json();
        var errors = host.Services.GetRequiredService<Definitions.WorkflowDefinitionValidator>().Validate(json);
        Assert.Contains(errors, e => e.Code == "activity.outcomeWithoutConnection" && e.Message.Contains("Lapsed"));
    }

    [Fact]
    public async Task A_two_approval_task_waits_for_a_second_person_and_the_majority_decides()
    {
        await using var host = await EngineHost.CreateAsync();
        var started = await host.PublishAndStartAsync(Committee(2));
        var taskId = started.Bookmarks.Single().Id;
        Task<T> Tasks<T>(Func<IWorkflowTasks, Task<T>> action) => host.InScope(sp => action(sp.GetRequiredService<IWorkflowTasks>()));

        var afterFirst = await Tasks(t => t.CompleteAsync(taskId, "Accept", new JsonObject { ["reason"] = "الأسرة مستحقة" }, First, default));
        Assert.Equal(WorkflowStatus.Running, afterFirst.Status);
        await Assert.ThrowsAsync<TaskAlreadyVotedException>(() =>
            Tasks(t => t.CompleteAsync(taskId, "Accept", new JsonObject { ["reason"] = "مرة أخرى" }, First, default)));
        await Assert.ThrowsAsync<InvalidResumeDataException>(() => Tasks(t => t.CompleteAsync(taskId, "Accept", null, Second, default)));
        var open = await Tasks(t => t.GetAsync(taskId, default));
        Assert.Equal(2, open!.Approvals);
        Assert.Equal(("committee-1", "Accept", "الأسرة مستحقة"), Assert.Single(open.Votes) is var v ? (v.Actor, v.Outcome, v.Data!["reason"]!.GetValue<string>()) : default);

        // One for and one against is no majority of two: a third member breaks the tie.
        var tied = await Tasks(t => t.CompleteAsync(taskId, "Reject", new JsonObject { ["reason"] = "الدخل يتجاوز الحد" }, Second, default));
        Assert.Equal(WorkflowStatus.Running, tied.Status);
        var decided = await Tasks(t => t.CompleteAsync(taskId, "Accept", new JsonObject { ["reason"] = "أوافق الأول" }, Third, default));
        Assert.Equal("Completed", decided.Result);

        var votes = (await Tasks(t => t.GetAsync(taskId, default)))!.Votes;
        Assert.Equal(["committee-1", "committee-2", "committee-3"], votes.Select(x => x.Actor));
        Assert.Equal(["Accept", "Reject", "Accept"], votes.Select(x => x.Outcome));
    }

    [Fact]
    public async Task A_one_approval_task_is_decided_by_its_one_person()
    {
        await using var host = await EngineHost.CreateAsync();
        var started = await host.PublishAndStartAsync(Committee(1));
        var done = await host.ResumeAsync(started, "Reject", new JsonObject { ["reason"] = "ناقص" }, First);
        Assert.Equal("Rejected", done.Result);
    }
}
