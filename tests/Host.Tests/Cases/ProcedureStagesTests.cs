using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DomatAljandal.Host.Tests.Cases;

/// <summary>
/// The procedure's stages come from the definition an admin edits, and the engine keeps its own rules: a stage added and
/// published shows on the next case only, a wait for the member cannot be resumed by staff, and a claimed task is its
/// claimer's. Its own host, because one test publishes a new version of the shipped procedure.
/// </summary>
public abstract class ProcedureStagesTests(CasesHost host)
{
    private const string Definition = "member-service-request";

    [SkippableFact]
    public async Task An_eighth_stage_published_by_an_admin_shows_on_the_next_case_while_a_case_started_earlier_keeps_seven()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var admin = await app.AdminClientAsync();
        var earlier = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        Assert.Equal(7, (await desk.GetCaseAsync(earlier)).GetProperty("steps").GetArrayLength());

        var published = await PublishedJsonAsync(admin);
        var stages = published["stages"]!.AsArray();
        stages.Insert(5, new JsonObject { ["id"] = "site-visit", ["name"] = new JsonObject { ["ar"] = "زيارة ميدانية للمنحل", ["en"] = "Site visit to the apiary" } });
        published["activities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "visit-apiary",
            ["type"] = "HumanTask",
            ["stage"] = "site-visit",
            ["role"] = "MemberRelationsOfficer",
            ["outcomes"] = new JsonArray(new JsonObject { ["id"] = "Visited", ["name"] = new JsonObject { ["ar"] = "تمت الزيارة", ["en"] = "Visited" } }),
            ["name"] = new JsonObject { ["ar"] = "زيارة المنحل والتحقق منه", ["en"] = "Visit and check the apiary" },
        });
        var connections = published["connections"]!.AsArray();
        var afterAcceptance = connections.Single(c => (string?)c!["source"] == "notify-accepted")!;
        afterAcceptance["target"] = "visit-apiary";
        connections.Add(new JsonObject { ["source"] = "visit-apiary", ["outcome"] = "Visited", ["target"] = "complete-registration" });
        var saved = await admin.PostAsync("/api/workflows/definitions", new StringContent(published.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(saved.StatusCode == HttpStatusCode.Created, await saved.Content.ReadAsStringAsync());
        var version = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        var publish = await admin.PostAsync($"/api/workflows/definitions/{Definition}/versions/{version}/publish", null);
        Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());

        var next = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        var steps = (await desk.GetCaseAsync(next)).GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(8, steps.Count);
        Assert.Equal("زيارة ميدانية للمنحل", steps[5].GetProperty("nameAr").GetString());
        Assert.Equal("site-visit", steps[5].GetProperty("id").GetString());
        var earlierSteps = (await desk.GetCaseAsync(earlier)).GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(7, earlierSteps.Count);
        Assert.DoesNotContain(earlierSteps, s => s.GetProperty("id").GetString() == "site-visit");

        // The new stage runs: after the committee accepts, the case stands at the site visit with its task.
        await desk.CompleteOkAsync(desk.Officer, next, "receive", "Received");
        await desk.VerifyCompleteAsync(next);
        await desk.SignDeclarationOnPaperAsync(next);
        await desk.CompleteOkAsync(desk.Committee, next, "committee", "Accept", new { reason = "المنحل قائم ويحتاج إلى زيارة" });
        var visit = await desk.TaskAsync(next, "visit-apiary");
        Assert.Equal("site-visit", visit.GetProperty("stageId").GetString());
        Assert.Equal("تمت الزيارة", Assert.Single(visit.GetProperty("outcomeChoices").EnumerateArray()).GetProperty("nameAr").GetString());
        var atVisit = await desk.GetCaseAsync(next);
        Assert.Equal("site-visit", atVisit.GetProperty("currentStep").GetString());
        Assert.Equal("Current", atVisit.GetProperty("steps")[5].GetProperty("state").GetString());
        Assert.Equal("Accept", atVisit.GetProperty("decision").GetProperty("outcome").GetString());

        await desk.CompleteOkAsync(desk.Officer, next, "visit-apiary", "Visited");
        await desk.TaskAsync(next, "complete-registration");
        Assert.Equal("registration", (await desk.GetCaseAsync(next)).GetProperty("currentStep").GetString());
    }

    [SkippableFact]
    public async Task No_staff_role_can_resume_the_declaration_wait_through_the_raw_workflow_endpoint()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var admin = await app.AdminClientAsync();
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");
        await desk.VerifyCompleteAsync(caseId);
        var details = await desk.GetCaseAsync(caseId);
        var instanceId = details.GetProperty("workflowInstanceId").GetGuid();
        var wait = Assert.Single(details.GetProperty("waitingFor").EnumerateArray());
        var bookmarkId = wait.GetProperty("bookmarkId").GetGuid();

        foreach (var (role, client) in new[] { ("MemberRelationsOfficer", desk.Officer), ("SocialResearcher", desk.Researcher),
                     ("CommitteeMember", desk.Committee), ("Manager", desk.Manager), ("Admin", admin) })
        {
            var resumed = await client.PostAsJsonAsync($"/api/workflows/instances/{instanceId}/bookmarks/{bookmarkId}/resume", new { outcome = "Done" });
            Assert.True(resumed.StatusCode == HttpStatusCode.Forbidden, $"{role}: {(int)resumed.StatusCode}");
            var problem = await resumed.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("workflow.event-wait", problem.GetProperty("code").GetString());
            Assert.Contains("لا يُستأنف يدويًا", problem.GetProperty("messageAr").GetString());
            Assert.Contains("DeclarationSigned", problem.GetProperty("messageEn").GetString());
        }

        details = await desk.GetCaseAsync(caseId);
        Assert.Equal("declaration", details.GetProperty("currentStep").GetString());
        Assert.Equal("Open", details.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("declaration").ValueKind);
        Assert.Equal("DeclarationSigned", Assert.Single(details.GetProperty("waitingFor").EnumerateArray()).GetProperty("eventName").GetString());
        Assert.Empty(details.GetProperty("tasks").EnumerateArray());
    }

    [SkippableFact]
    public async Task A_claimed_task_is_completed_only_by_its_claimer_and_released_by_them_or_a_manager()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var colleague = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        var task = await desk.TaskAsync(caseId, "receive");
        var taskId = task.GetProperty("taskId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await desk.Officer.PostAsync($"/api/inbox/{taskId}/claim", null)).StatusCode);

        var byColleague = await desk.CompleteAsync(colleague.Officer, caseId, task, "Received");
        Assert.Equal(HttpStatusCode.Conflict, byColleague.StatusCode);
        var claimed = await byColleague.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("workflow.task-claimed", claimed.GetProperty("code").GetString());
        Assert.Contains("استلم زميل آخر هذه المهمة", claimed.GetProperty("messageAr").GetString());
        var instanceId = (await desk.GetCaseAsync(caseId)).GetProperty("workflowInstanceId").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await colleague.Officer.PostAsJsonAsync(
            $"/api/workflows/instances/{instanceId}/bookmarks/{taskId}/resume", new { outcome = "Received" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.CompleteAsync(desk.Committee, caseId, task, "Received")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.CompleteAsync(desk.Officer, caseId, task, "Accept")).StatusCode);

        var release = await colleague.Officer.PostAsync($"/api/inbox/{taskId}/release", null);
        Assert.Equal(HttpStatusCode.Forbidden, release.StatusCode);
        Assert.Equal("workflow.release-forbidden", (await release.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await desk.Manager.PostAsync($"/api/inbox/{taskId}/release", null)).StatusCode);
        Assert.Null((await desk.TaskAsync(caseId, "receive")).GetProperty("claimedBy").GetString());

        Assert.Equal(HttpStatusCode.OK, (await colleague.Officer.PostAsync($"/api/inbox/{taskId}/claim", null)).StatusCode);
        await desk.CompleteOkAsync(colleague.Officer, caseId, "receive", "Received");
        Assert.Equal(HttpStatusCode.Conflict, (await desk.CompleteAsync(colleague.Officer, caseId, task, "Received")).StatusCode);
        await desk.TaskAsync(caseId, "verify");
    }

    private static async Task<JsonObject> PublishedJsonAsync(HttpClient admin)
    {
        var versions = await admin.GetFromJsonAsync<JsonElement>($"/api/workflows/definitions/{Definition}/versions");
        var published = versions.EnumerateArray().Single(v => v.GetProperty("status").GetString() == "Published").GetProperty("version").GetInt32();
        var json = await admin.GetStringAsync($"/api/workflows/definitions/{Definition}/versions/{published}");
        return JsonNode.Parse(json)!.AsObject();
    }
}

public sealed class SqliteProcedureStagesTests(SqliteCasesHost host) : ProcedureStagesTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresProcedureStagesTests(PostgresCasesHost host) : ProcedureStagesTests(host), IClassFixture<PostgresCasesHost>;
