using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Tests.Infrastructure;

namespace DomatAljandal.Host.Tests.Designer;

/// <summary>
/// A definition is checked against what the service really has — roles, domain actions, notification templates —
/// when it is published: saving a draft warns, publishing refuses, naming the value and its JSON path in Arabic and English.
/// </summary>
public sealed class DefinitionCatalogTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static string Definition(string id, string role = "CommitteeMember", string action = "case.complete",
        string template = "request-received") => $$"""
    {
      "definitionId": "{{id}}",
      "name": { "ar": "تجربة", "en": "Trial" },
      "start": "decide",
      "activities": [
        { "id": "decide", "type": "HumanTask", "role": "{{role}}", "outcomes": [{ "id": "Accept", "name": { "ar": "قبول", "en": "Accept" } }] },
        { "id": "act", "type": "DomainAction", "action": "{{action}}" },
        { "id": "tell", "type": "SendNotification", "template": "{{template}}", "channel": "Email", "recipient": "variables.memberId" },
        { "id": "done", "type": "End", "result": "Completed" }
      ],
      "connections": [
        { "source": "decide", "outcome": "Accept", "target": "act" },
        { "source": "act", "outcome": "Done", "target": "tell" },
        { "source": "tell", "outcome": "Done", "target": "done" }
      ]
    }
    """;

    private static string NewId() => "catalog-" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return await client.PostAsync(url, content);
    }

    private static async Task<JsonElement> SaveDraftAsync(HttpClient admin, string json)
    {
        var saved = await PostJsonAsync(admin, "/api/workflows/definitions", json);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        return await saved.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static TheoryData<string, string, string> UnknownValues => new()
    {
        { "role", "Beekeeper", "$.activities[0].role" },
        { "action", "case.teleport", "$.activities[1].action" },
        { "template", "birthday-card", "$.activities[2].template" },
    };

    [SkippableTheory]
    [MemberData(nameof(UnknownValues))]
    public async Task A_draft_with_an_unknown_value_is_saved_with_a_warning_and_refused_at_publish_naming_it(string property, string value, string path)
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        var id = NewId();
        var json = property switch
        {
            "role" => Definition(id, role: value),
            "action" => Definition(id, action: value),
            _ => Definition(id, template: value),
        };

        var draft = await SaveDraftAsync(admin, json);
        var warning = Assert.Single(draft.GetProperty("warnings").EnumerateArray());
        Assert.Equal((path, "catalog.unknownValue"), (warning.GetProperty("path").GetString(), warning.GetProperty("code").GetString()));
        Assert.Contains($"'{value}'", warning.GetProperty("messageAr").GetString());

        var publish = await admin.PostAsync($"/api/workflows/definitions/{id}/versions/{draft.GetProperty("version").GetInt32()}/publish", null);
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        var problem = await publish.Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(path, error.GetProperty("path").GetString());
        Assert.Contains($"'{value}'", error.GetProperty("message").GetString());
        Assert.Contains("غير معروف", error.GetProperty("message").GetString()); // Arabic first
        Assert.Contains("does not know", error.GetProperty("messageEn").GetString());
        Assert.Equal("تعريف الإجراء غير صالح.", problem.GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task A_definition_naming_only_known_values_publishes_without_warnings_even_with_a_leftover_channel()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        var id = NewId();
        var draft = await SaveDraftAsync(admin, Definition(id));
        Assert.Empty(draft.GetProperty("warnings").EnumerateArray());
        var publish = await admin.PostAsync($"/api/workflows/definitions/{id}/versions/{draft.GetProperty("version").GetInt32()}/publish", null);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
    }

    [SkippableFact]
    public async Task Validating_a_definition_with_an_unknown_role_answers_valid_with_a_warning()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();

        var result = await (await PostJsonAsync(admin, "/api/workflows/definitions/validate", Definition(NewId(), role: "Beekeeper")))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.Equal("$.activities[0].role", Assert.Single(result.GetProperty("warnings").EnumerateArray()).GetProperty("path").GetString());
    }

    [SkippableFact]
    public async Task Validation_messages_follow_the_callers_language()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        var broken = Definition(NewId()).Replace("\"type\": \"End\"", "\"type\": \"Teleport\"", StringComparison.Ordinal);

        var arabic = await (await PostJsonAsync(admin, "/api/workflows/definitions/validate", broken)).Content.ReadFromJsonAsync<JsonElement>();
        var english = await (await PostJsonAsync(admin, "/api/workflows/definitions/validate?culture=en-US", broken)).Content.ReadFromJsonAsync<JsonElement>();

        var inArabic = arabic.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("path").GetString() == "$.activities[3].type");
        var inEnglish = english.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("path").GetString() == "$.activities[3].type");
        Assert.StartsWith("نوع الخطوة", inArabic.GetProperty("message").GetString());
        Assert.StartsWith("Activity 'done' has unknown type", inEnglish.GetProperty("message").GetString());
        Assert.Equal(inArabic.GetProperty("code").GetString(), inEnglish.GetProperty("code").GetString());
    }
}
