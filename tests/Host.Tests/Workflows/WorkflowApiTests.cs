using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Tests.Infrastructure;

namespace DomatAljandal.Host.Tests.Workflows;

/// <summary>The engine's REST API as an admin and staff use it: definitions, instances, resumes and their refusals.</summary>
public abstract class WorkflowApiTests(HostFixture host)
{
    private static string TwoStepDefinition(string id) => $$"""
    {
      "definitionId": "{{id}}",
      "name": { "ar": "تجربة", "en": "Trial" },
      "start": "receive",
      "activities": [
        { "id": "receive", "type": "HumanTask", "name": { "ar": "استقبال", "en": "Receive" }, "role": "MemberRelationsOfficer", "outcomes": ["Received"], "deadline": "P2D" },
        { "id": "decide", "type": "HumanTask", "name": { "ar": "قرار", "en": "Decide" }, "role": "CommitteeMember", "outcomes": ["Accept", "Reject"], "deadline": "P14D" },
        { "id": "done", "type": "End", "result": "Completed" },
        { "id": "rejected", "type": "End", "result": "Rejected" }
      ],
      "connections": [
        { "source": "receive", "outcome": "Received", "target": "decide" },
        { "source": "decide", "outcome": "Accept", "target": "done" },
        { "source": "decide", "outcome": "Reject", "target": "rejected" }
      ]
    }
    """;

    private static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return await client.PostAsync(url, content);
    }

    private static async Task<(string Id, int Version)> PublishAsync(HttpClient admin, string json)
    {
        var saved = await PostJsonAsync(admin, "/api/workflows/definitions", json);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("definitionId").GetString()!;
        var version = body.GetProperty("version").GetInt32();
        Assert.Equal("Draft", body.GetProperty("status").GetString());
        (await admin.PostAsync($"/api/workflows/definitions/{id}/versions/{version}/publish", null)).EnsureSuccessStatusCode();
        return (id, version);
    }

    [SkippableFact]
    public async Task A_malformed_definition_is_refused_with_every_error_and_its_path()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        var broken = TwoStepDefinition("broken-" + Guid.NewGuid().ToString("N")[..6])
            .Replace("\"type\": \"End\", \"result\": \"Rejected\"", "\"type\": \"Teleport\"", StringComparison.Ordinal)
            .Replace("\"P14D\"", "\"two weeks\"", StringComparison.Ordinal);
        var response = await PostJsonAsync(admin, "/api/workflows/definitions", broken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var paths = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Contains("$.activities[3].type", paths);
        Assert.Contains("$.activities[1].deadline", paths);

        var notJson = await PostJsonAsync(admin, "/api/workflows/definitions", "{ \"definitionId\": ");
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [SkippableFact]
    public async Task An_instance_waits_at_a_human_task_and_resumes_refuse_wrong_outcome_wrong_role_and_a_second_use()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        var (definitionId, version) = await PublishAsync(admin, TwoStepDefinition("trial-" + Guid.NewGuid().ToString("N")[..6]));

        using var officer = await app.StaffClientAsync("MemberRelationsOfficer");
        var started = await officer.PostAsJsonAsync("/api/workflows/instances", new { definitionId, input = new { memberName = "فاطمة العنزي" } });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var instance = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(version, instance.GetProperty("version").GetInt32());
        var bookmark = instance.GetProperty("bookmarks")[0];
        Assert.Equal("receive", bookmark.GetProperty("activityId").GetString());
        Assert.True(bookmark.TryGetProperty("dueAt", out _));
        var instanceId = instance.GetProperty("instanceId").GetString();
        var resumeUrl = $"/api/workflows/instances/{instanceId}/bookmarks/{bookmark.GetProperty("id").GetString()}/resume";

        using var committee = await app.StaffClientAsync("CommitteeMember");
        Assert.Equal(HttpStatusCode.Forbidden, (await committee.PostAsJsonAsync(resumeUrl, new { outcome = "Received" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync(resumeUrl, new { outcome = "Teleported" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync(resumeUrl, new { outcome = "Received" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync(resumeUrl, new { outcome = "Received" })).StatusCode);

        var details = await officer.GetFromJsonAsync<JsonElement>($"/api/workflows/instances/{instanceId}");
        Assert.Equal("فاطمة العنزي", details.GetProperty("variables").GetProperty("memberName").GetString());
        Assert.Equal("decide", details.GetProperty("bookmarks")[0].GetProperty("activityId").GetString());
        Assert.Contains(details.GetProperty("journal").EnumerateArray(), j => j.GetProperty("activityId").GetString() == "receive" && j.GetProperty("outcome").GetString() == "Received");
    }

    [SkippableFact]
    public async Task Definitions_are_for_admins_only_and_unknown_ids_are_404()
    {
        var app = await host.GetAsync();
        using var officer = await app.StaffClientAsync("MemberRelationsOfficer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/workflows/definitions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/workflows/instances/{Guid.NewGuid()}")).StatusCode);
        using var admin = await app.AdminClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/workflows/definitions/nope/versions/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/workflows/definitions/nope/versions/1/publish", null)).StatusCode);
    }
}

public sealed class SqliteWorkflowApiTests(SqliteHost host) : WorkflowApiTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresWorkflowApiTests(PostgresHost host) : WorkflowApiTests(host), IClassFixture<PostgresHost>;
