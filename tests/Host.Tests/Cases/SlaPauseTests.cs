using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DomatAljandal.Host.Tests.Cases;

/// <summary>The SLA clock of a case's tasks stops while the case waits on the member and restarts when the member answers.</summary>
public abstract class SlaPauseTests(CasesHost host)
{
    [SkippableFact]
    public async Task A_tasks_deadline_pauses_while_the_case_waits_on_the_member_and_moves_by_the_wait()
    {
        var app = await host.GetAsync();
        // The shipped procedure opens no task while it waits on the member, so an admin's edit opens one alongside the wait.
        await Procedure.PublishEditAsync(app, json =>
        {
            json["activities"]!.AsArray().Add(JsonNode.Parse("""
                {"id": "follow-up", "type": "HumanTask", "stage": "verify", "role": "MemberRelationsOfficer", "deadline": "P2D",
                 "outcomes": [{"id": "Done", "name": {"ar": "تم", "en": "Done"}}], "name": {"ar": "متابعة", "en": "Follow up"}}
                """));
            json["activities"]!.AsArray().Add(JsonNode.Parse("""{"id": "end-follow-up", "type": "End", "result": "Completed"}"""));
            json["connections"]!.AsArray().Add(JsonNode.Parse("""{"source": "verify", "outcome": "MissingInformation", "target": "follow-up"}"""));
            json["connections"]!.AsArray().Add(JsonNode.Parse("""{"source": "follow-up", "outcome": "Done", "target": "end-follow-up"}"""));
        });
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");
        await desk.CompleteOkAsync(desk.Officer, caseId, "verify", "MissingInformation", new { missingItems = "صورة الهوية" });
        Assert.Equal("AwaitingMember", (await desk.GetCaseAsync(caseId)).GetProperty("status").GetString());
        var dueAt = (await desk.TaskAsync(caseId, "follow-up")).GetProperty("dueAt").GetDateTimeOffset();

        // Five days on the member's side: past the two-day deadline, yet the task neither breaches nor shows as due.
        var wait = TimeSpan.FromDays(5);
        app.Clock.Advance(wait);
        await Procedure.FireTimersAsync(app);
        await desk.SignInAgainAsync();
        var waiting = await desk.TaskAsync(caseId, "follow-up");
        Assert.False(waiting.GetProperty("breached").GetBoolean());
        Assert.False(waiting.GetProperty("dueSoon").GetBoolean());
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("breachedAt").ValueKind);
        var inbox = await desk.Officer.GetFromJsonAsync<JsonElement>("/api/inbox?pageSize=200");
        var row = Assert.Single(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("caseId").GetGuid() == caseId);
        Assert.False(row.GetProperty("breached").GetBoolean());
        Assert.False(row.GetProperty("dueSoon").GetBoolean());
        var sla = await desk.Manager.GetFromJsonAsync<JsonElement>("/api/sla/breaches?dueSoonHours=24&pageSize=200");
        Assert.DoesNotContain(sla.GetProperty("items").GetProperty("items").EnumerateArray(), i => i.GetProperty("caseId").GetGuid() == caseId);
        Assert.False((await desk.GetCaseAsync(caseId)).GetProperty("isDeadlineBreached").GetBoolean());

        // The member answers: the deadline moves later by the five days waited, and its timer with it.
        var reply = await desk.Officer.PostAsJsonAsync($"/api/cases/{caseId}/member-reply", new { data = new { amountRequested = 5000 } });
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var tasks = (await desk.GetCaseAsync(caseId)).GetProperty("tasks").EnumerateArray().ToList();
        Assert.Contains(tasks, t => t.GetProperty("activityId").GetString() == "verify");
        var resumed = Assert.Single(tasks, t => t.GetProperty("activityId").GetString() == "follow-up");
        Assert.Equal(dueAt + wait, resumed.GetProperty("dueAt").GetDateTimeOffset());

        app.Clock.Advance(dueAt + wait - app.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        await Procedure.FireTimersAsync(app);
        await desk.SignInAgainAsync();
        Assert.Equal(JsonValueKind.Null, FollowUp(await desk.GetCaseAsync(caseId)).GetProperty("breachedAt").ValueKind);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await Procedure.FireTimersAsync(app);
        await desk.SignInAgainAsync();
        var breached = FollowUp(await desk.GetCaseAsync(caseId));
        Assert.True(breached.GetProperty("breached").GetBoolean());
        Assert.Equal(JsonValueKind.String, breached.GetProperty("breachedAt").ValueKind);
    }

    private static JsonElement FollowUp(JsonElement details) =>
        Assert.Single(details.GetProperty("tasks").EnumerateArray(), t => t.GetProperty("activityId").GetString() == "follow-up");
}

public sealed class SqliteSlaPauseTests(SqliteCasesHost host) : SlaPauseTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresSlaPauseTests(PostgresCasesHost host) : SlaPauseTests(host), IClassFixture<PostgresCasesHost>;
