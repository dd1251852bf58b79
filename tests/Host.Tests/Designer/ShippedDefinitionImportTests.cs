using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Tests.Infrastructure;

namespace DomatAljandal.Host.Tests.Designer;

/// <summary>The start-up import of the shipped procedures, through real restarts of the host: it never overwrites an admin.</summary>
public sealed class ShippedDefinitionImportTests : IAsyncLifetime
{
    private const string DefinitionId = "shipped-trial";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "domat-tests", "shipped-" + Guid.NewGuid().ToString("N"));
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Definition(string deadline) => $$"""
    {
      "definitionId": "{{DefinitionId}}",
      "name": { "ar": "إجراء مشحون", "en": "Shipped procedure" },
      "start": "decide",
      "activities": [
        { "id": "decide", "type": "HumanTask", "role": "CommitteeMember", "outcomes": ["Accept"], "deadline": "{{deadline}}" },
        { "id": "done", "type": "End", "result": "Completed" }
      ],
      "connections": [ { "source": "decide", "outcome": "Accept", "target": "done" } ]
    }
    """;

    private Task WriteShippedAsync(string deadline) =>
        File.WriteAllTextAsync(Path.Combine(_folder, $"{DefinitionId}.json"), Definition(deadline));

    /// <summary>Starts the host (which imports the folder), runs <paramref name="work"/> as an admin, and stops it.</summary>
    private async Task<T> RunHostAsync<T>(Func<HttpClient, Task<T>> work)
    {
        await using var app = new DomatAppFactory(_database, new Dictionary<string, string?> { ["Workflows:JsonFolder"] = _folder });
        using var admin = await app.AdminClientAsync();
        return await work(admin);
    }

    private static async Task<JsonElement> SummaryAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/workflows/definitions")).EnumerateArray()
        .Single(d => d.GetProperty("definitionId").GetString() == DefinitionId);

    [Fact]
    public async Task A_restart_after_an_admins_publish_keeps_the_admins_version_and_a_changed_shipped_file_arrives_as_a_draft()
    {
        await WriteShippedAsync("P14D");
        var adminsVersion = await RunHostAsync(async admin =>
        {
            Assert.Equal(1, (await SummaryAsync(admin)).GetProperty("publishedVersion").GetInt32());
            using var content = new StringContent(Definition("P10D"), System.Text.Encoding.UTF8, "application/json");
            var draft = await (await admin.PostAsync("/api/workflows/definitions", content)).Content.ReadFromJsonAsync<JsonElement>();
            var version = draft.GetProperty("version").GetInt32();
            (await admin.PostAsync($"/api/workflows/definitions/{DefinitionId}/versions/{version}/publish", null)).EnsureSuccessStatusCode();
            return version;
        });

        var afterRestart = await RunHostAsync(SummaryAsync);
        Assert.Equal(adminsVersion, afterRestart.GetProperty("publishedVersion").GetInt32());
        Assert.Equal(adminsVersion, afterRestart.GetProperty("latestVersion").GetInt32());

        await WriteShippedAsync("P21D");
        var (summary, versions) = await RunHostAsync(async admin => (await SummaryAsync(admin),
            await admin.GetFromJsonAsync<JsonElement>($"/api/workflows/definitions/{DefinitionId}/versions")));
        Assert.Equal(adminsVersion, summary.GetProperty("publishedVersion").GetInt32());
        Assert.Equal(adminsVersion + 1, summary.GetProperty("shippedDraftVersion").GetInt32());
        var shipped = versions[0];
        Assert.Equal(("Draft", "Import"), (shipped.GetProperty("status").GetString(), shipped.GetProperty("source").GetString()));

        var again = await RunHostAsync(SummaryAsync);
        Assert.Equal(adminsVersion + 1, again.GetProperty("latestVersion").GetInt32());
    }
}
