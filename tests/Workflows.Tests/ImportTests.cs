using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Workflows.Tests;

public sealed class ImportTests : IAsyncLifetime
{
    private EngineHost _host = null!;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "domat-workflows-import", Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _host = await EngineHost.CreateAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Procedure(string firstTask, int? version = null)
    {
        var json = JsonNode.Parse(Flow.Define("member-service-request").Start(firstTask)
            .HumanTask(firstTask, "MemberRelationsOfficer", ["Received"], deadline: "P2D")
            .Activity("notify", "SendNotification", new { template = "Received" })
            .End("e").Connect(firstTask, "Received", "notify").Connect("notify", "Done", "e").Json())!.AsObject();
        json["activities"]![0]!["designer"] = new JsonObject { ["x"] = 120, ["y"] = 40 };
        if (version is not null) json["version"] = version;
        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private Task<IReadOnlyList<ImportResult>> ImportAsync() => _host.Store(s => s.ImportFolderAsync(_folder, default));

    [Fact]
    public async Task A_new_file_is_published_as_version_1()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "member-service-request.json"), Procedure("receive"));
        var result = Assert.Single(await ImportAsync());
        Assert.Equal((ImportOutcome.Created, 1), (result.Outcome, result.Version));
        Assert.Equal(1, (await _host.StartAsync("member-service-request")).Version);
    }

    [Fact]
    public async Task An_unchanged_file_is_a_no_op_even_if_its_version_and_formatting_differ()
    {
        var file = Path.Combine(_folder, "member-service-request.json");
        await File.WriteAllTextAsync(file, Procedure("receive"));
        await ImportAsync();
        await File.WriteAllTextAsync(file, JsonNode.Parse(Procedure("receive", version: 7))!.ToJsonString());
        var result = Assert.Single(await ImportAsync());
        Assert.Equal((ImportOutcome.Unchanged, 1), (result.Outcome, result.Version));
        Assert.Single(await _host.Store(s => s.GetVersionsAsync("member-service-request", default)));
    }

    [Fact]
    public async Task A_changed_file_becomes_a_new_published_version()
    {
        var file = Path.Combine(_folder, "member-service-request.json");
        await File.WriteAllTextAsync(file, Procedure("receive"));
        await ImportAsync();
        await File.WriteAllTextAsync(file, Procedure("receive-at-front-desk"));
        var result = Assert.Single(await ImportAsync());
        Assert.Equal((ImportOutcome.Updated, 2), (result.Outcome, result.Version));
        Assert.Equal(2, (await _host.StartAsync("member-service-request")).Version);
    }

    [Fact]
    public async Task A_restart_after_an_admins_publish_keeps_the_admins_version_and_a_changed_file_arrives_as_a_draft()
    {
        var file = Path.Combine(_folder, "member-service-request.json");
        await File.WriteAllTextAsync(file, Procedure("receive"));
        await ImportAsync();
        var admins = await _host.Store(s => s.SaveDraftAsync(Procedure("receive-by-admin"), default));
        await _host.Store(s => s.PublishAsync("member-service-request", admins.Version, default));

        var restart = Assert.Single(await ImportAsync());
        Assert.Equal((ImportOutcome.Unchanged, 1), (restart.Outcome, restart.Version));

        await File.WriteAllTextAsync(file, Procedure("receive-at-front-desk"));
        var changed = Assert.Single(await ImportAsync());
        Assert.Equal((ImportOutcome.Drafted, 3), (changed.Outcome, changed.Version));
        Assert.Equal(2, (await _host.StartAsync("member-service-request")).Version);
        var versions = await _host.Store(s => s.GetVersionsAsync("member-service-request", default));
        Assert.Equal((DefinitionStatus.Draft, DefinitionSource.Import), (versions[0].Status, versions[0].Source));
        Assert.Equal((DefinitionStatus.Published, DefinitionSource.Admin), (versions[1].Status, versions[1].Source));
        var summary = Assert.Single(await _host.Store(s => s.ListAsync(default)));
        Assert.Equal((2, 3), (summary.PublishedVersion, summary.ShippedDraftVersion));

        var again = Assert.Single(await ImportAsync());
        Assert.Equal((ImportOutcome.Unchanged, 3), (again.Outcome, again.Version));
        Assert.Equal(3, (await _host.Store(s => s.GetVersionsAsync("member-service-request", default))).Count);
    }

    [Fact]
    public async Task An_admins_draft_saved_after_a_shipped_draft_goes_beside_it_not_over_it()
    {
        var file = Path.Combine(_folder, "member-service-request.json");
        await File.WriteAllTextAsync(file, Procedure("receive"));
        await ImportAsync();
        await _host.Store(s => s.SaveDraftAsync(Procedure("receive-by-admin"), default));
        await File.WriteAllTextAsync(file, Procedure("receive-at-front-desk"));
        await ImportAsync();

        var draft = await _host.Store(s => s.SaveDraftAsync(Procedure("receive-by-admin-again"), default));

        Assert.Equal(4, draft.Version);
        var shipped = (await _host.Store(s => s.GetJsonAsync("member-service-request", 3, default)))!;
        Assert.Contains("receive-at-front-desk", shipped);
    }

    [Fact]
    public async Task Once_an_admin_publishes_the_shipped_draft_the_next_shipped_change_publishes_again()
    {
        var file = Path.Combine(_folder, "member-service-request.json");
        await File.WriteAllTextAsync(file, Procedure("receive"));
        await ImportAsync();
        var admins = await _host.Store(s => s.SaveDraftAsync(Procedure("receive-by-admin"), default));
        await _host.Store(s => s.PublishAsync("member-service-request", admins.Version, default));
        await File.WriteAllTextAsync(file, Procedure("receive-at-front-desk"));
        await ImportAsync();
        await _host.Store(s => s.PublishAsync("member-service-request", 3, default));

        await File.WriteAllTextAsync(file, Procedure("receive-at-the-office"));
        var result = Assert.Single(await ImportAsync());

        Assert.Equal((ImportOutcome.Updated, 4), (result.Outcome, result.Version));
        Assert.Equal(4, (await _host.StartAsync("member-service-request")).Version);
    }

    private sealed class RolesOnly(params string[] roles) : IWorkflowCatalog
    {
        public IReadOnlyList<CatalogEntry>? Entries(CatalogKind kind) =>
            kind == CatalogKind.Role ? roles.Select(r => new CatalogEntry(r, r, r)).ToList() : null;
    }

    [Fact]
    public async Task A_value_the_host_does_not_know_is_a_warning_on_a_draft_and_refused_at_publish_and_import()
    {
        await using var host = await EngineHost.CreateAsync(services: s => s.AddScoped<IWorkflowCatalog>(_ => new RolesOnly("CommitteeMember")));

        var draft = await host.Store(s => s.SaveDraftAsync(Procedure("receive"), default));
        var warning = Assert.Single(draft.Warnings!);
        Assert.Equal(("$.activities[0].role", ValidationCodes.UnknownCatalogValue), (warning.Path, warning.Code));

        var refused = await Assert.ThrowsAsync<WorkflowDefinitionInvalidException>(() =>
            host.Store(s => s.PublishAsync("member-service-request", draft.Version, default)));
        Assert.Contains("'MemberRelationsOfficer'", Assert.Single(refused.Errors).Message);

        var imported = await host.Store(s => s.ImportAsync(Procedure("receive").Replace("member-service-request", "other", StringComparison.Ordinal), "other.json", default));
        Assert.Equal(ImportOutcome.Invalid, imported.Outcome);
        Assert.Equal("$.activities[0].role", Assert.Single(imported.Errors).Path);
    }

    [Fact]
    public async Task An_invalid_file_is_reported_and_changes_nothing()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "broken.json"), "{ \"definitionId\": \"broken\", ");
        var result = Assert.Single(await ImportAsync());
        Assert.Equal(ImportOutcome.Invalid, result.Outcome);
        Assert.NotEmpty(result.Errors);
        Assert.Empty(await _host.Store(s => s.ListAsync(default)));
    }

    [Fact]
    public async Task An_exported_definition_reimports_as_the_same_definition()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "a.json"), Procedure("receive"));
        await ImportAsync();
        var exported = (await _host.Store(s => s.GetJsonAsync("member-service-request", 1, default)))!;

        Assert.Equal(1, JsonNode.Parse(exported)!["version"]!.GetValue<int>());
        Assert.Equal(120, JsonNode.Parse(exported)!["activities"]![0]!["designer"]!["x"]!.GetValue<int>());
        Assert.Contains("اختبار", exported); // Arabic stays readable
        var reimported = await _host.Store(s => s.ImportAsync(exported, "export", default));
        Assert.Equal(ImportOutcome.Unchanged, reimported.Outcome);
        Assert.Equal(exported, await _host.Store(s => s.GetJsonAsync("member-service-request", 1, default)));
    }

    [Fact]
    public async Task The_shipped_workflows_folder_imports_cleanly()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "workflows-json");
        var results = await _host.Store(s => s.ImportFolderAsync(shipped, default));
        Assert.All(results, r => Assert.True(r.Outcome != ImportOutcome.Invalid,
            $"{r.Source}: {string.Join("; ", r.Errors.Select(e => $"{e.Path} {e.Message}"))}"));
    }
}
