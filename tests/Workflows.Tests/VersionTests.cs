using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tests.Support;

namespace DomatAljandal.Workflows.Tests;

public sealed class VersionTests : IAsyncLifetime
{
    private EngineHost _host = null!;
    public async Task InitializeAsync() => _host = await EngineHost.CreateAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static Flow Procedure(string firstTask) => Flow.Define("procedure").Start(firstTask)
        .HumanTask(firstTask, "MemberRelationsOfficer", ["Done"]).End("e").Connect(firstTask, "Done", "e");

    [Fact]
    public async Task A_running_instance_stays_on_its_version_while_new_instances_use_the_published_one()
    {
        await _host.PublishAsync(Procedure("receive").Json());
        var onV1 = await _host.StartAsync("procedure");
        await _host.PublishAsync(Procedure("receive-v2").Json());
        var onV2 = await _host.StartAsync("procedure");

        Assert.Equal((1, "receive"), (onV1.Version, onV1.Bookmarks.Single().ActivityId));
        Assert.Equal((2, "receive-v2"), (onV2.Version, onV2.Bookmarks.Single().ActivityId));
        Assert.Equal(WorkflowStatus.Completed, (await _host.ResumeAsync(onV1, "Done")).Status);

        var versions = await _host.Store(s => s.GetVersionsAsync("procedure", default));
        Assert.Equal([(2, DefinitionStatus.Published), (1, DefinitionStatus.Retired)], versions.Select(v => (v.Version, v.Status)));
    }

    [Fact]
    public async Task A_draft_cannot_start_instances_until_published()
    {
        var draft = await _host.Store(s => s.SaveDraftAsync(Procedure("receive").Json(), default));
        Assert.Equal(DefinitionStatus.Draft, draft.Status);
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => _host.StartAsync("procedure"));

        var again = await _host.Store(s => s.SaveDraftAsync(Procedure("receive2").Json(), default));
        Assert.Equal(1, again.Version); // a draft is edited in place

        await _host.Store(s => s.PublishAsync("procedure", 1, default));
        Assert.Equal("receive2", (await _host.StartAsync("procedure")).Bookmarks.Single().ActivityId);
    }

    [Fact]
    public async Task Saving_an_invalid_definition_returns_all_its_errors()
    {
        var invalid = Flow.Define("procedure").Start("nope").Activity("x", "Teleport").Json();
        var error = await Assert.ThrowsAsync<WorkflowDefinitionInvalidException>(() => _host.Store(s => s.SaveDraftAsync(invalid, default)));
        Assert.Equal(WorkflowErrorKind.Invalid, error.Kind);
        Assert.True(error.Errors.Count >= 3);
    }

    [Fact]
    public async Task A_retired_definition_starts_no_new_instances_but_running_ones_continue()
    {
        await _host.PublishAsync(Procedure("receive").Json());
        var running = await _host.StartAsync("procedure");
        await _host.Store(s => s.RetireAsync("procedure", 1, default));
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => _host.StartAsync("procedure"));
        Assert.Equal(WorkflowStatus.Completed, (await _host.ResumeAsync(running, "Done")).Status);
    }

    [Fact]
    public async Task The_list_shows_each_definition_with_latest_and_published_versions()
    {
        await _host.PublishAsync(Procedure("receive").Json());
        await _host.Store(s => s.SaveDraftAsync(Procedure("receive2").Json(), default));
        var summary = Assert.Single(await _host.Store(s => s.ListAsync(default)));
        Assert.Equal(("procedure", 2, (int?)1, "Test"), (summary.DefinitionId, summary.LatestVersion, summary.PublishedVersion, summary.Name!["en"]));
    }
}
