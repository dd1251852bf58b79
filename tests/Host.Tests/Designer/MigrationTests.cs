using System.Text.Json.Nodes;
using DomatAljandal.Host.Tests.Infrastructure;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Designer;

/// <summary>Moving running instances to another version, test runs, and instance counts per version.</summary>
public sealed class MigrationTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static readonly WorkflowActor Admin = new("admin@test.local", ["Admin", "MemberRelationsOfficer", "CommitteeMember"]);

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        var app = await host.GetAsync();
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<int> PublishAsync(string json) => InScopeAsync(async sp =>
    {
        var store = sp.GetRequiredService<IWorkflowDefinitionStore>();
        var draft = await store.SaveDraftAsync(json, CancellationToken.None);
        return (await store.PublishAsync(draft.DefinitionId, draft.Version, CancellationToken.None)).Version;
    });

    private Task<WorkflowInstanceSnapshot> StartAsync(string id) =>
        InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(id, new JsonObject(), Admin, CancellationToken.None));

    private Task<WorkflowInstanceDetails> GetAsync(Guid instanceId) =>
        InScopeAsync(async sp => (await sp.GetRequiredService<IWorkflowRuntime>().GetAsync(instanceId, CancellationToken.None))!);

    /// <summary>v1 waits at receive; v2 renames it intake, shortens the committee deadline and adds a step.</summary>
    private async Task<(string Id, Guid AtReceive, Guid AtDecide)> TwoVersionsWithRunningInstancesAsync()
    {
        var id = "migrate-" + Guid.NewGuid().ToString("N")[..8];
        await PublishAsync(DesignerDefinitions.TwoSteps(id));
        var atReceive = await StartAsync(id);
        var atDecide = await StartAsync(id);
        await InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>()
            .ResumeAsync(atDecide.InstanceId, atDecide.Bookmarks[0].Id, "Received", null, Admin, CancellationToken.None));
        await PublishAsync(DesignerDefinitions.TwoSteps(id, receiveId: "intake", committeeDeadline: "P10D",
            extra: """{ "id": "double-check", "type": "HumanTask", "role": "Manager", "outcomes": ["Ok"] },""",
            extraConnections: """{ "source": "double-check", "outcome": "Ok", "target": "done" },"""));
        return (id, atReceive.InstanceId, atDecide.InstanceId);
    }

    [SkippableFact]
    public async Task A_valid_mapping_moves_every_running_instance_to_the_new_version_and_journals_it()
    {
        var (id, atReceive, atDecide) = await TwoVersionsWithRunningInstancesAsync();

        var plan = await InScopeAsync(sp => sp.GetRequiredService<IInstanceMigration>().PlanAsync(id, 1, 2, CancellationToken.None));
        Assert.Equal(2, plan.Instances.Count);
        Assert.Equal(["decide", "receive"], plan.Waiting.Select(w => w.ActivityId));
        Assert.Equal("decide", plan.SuggestedMap["decide"]); // identical ids are mapped automatically
        Assert.False(plan.SuggestedMap.ContainsKey("receive"));
        Assert.Equal(["intake", "decide", "double-check"], Assert.Single(plan.Waiting, w => w.ActivityId == "receive").Candidates);

        var result = await InScopeAsync(sp => sp.GetRequiredService<IInstanceMigration>().MigrateAsync(
            new MigrationRequest(id, 1, 2, new Dictionary<string, string> { ["receive"] = "intake" }), Admin, CancellationToken.None));

        Assert.Equal(2, result.Migrated.Count);
        var moved = await GetAsync(atReceive);
        Assert.Equal(2, moved.Instance.Version);
        Assert.Equal("intake", Assert.Single(moved.Instance.Bookmarks).ActivityId);
        var journaled = Assert.Single(moved.Journal, j => j.Outcome == "Migrated");
        Assert.Equal("$instance", journaled.ActivityId);
        Assert.Equal(Admin.Id, journaled.Actor);
        Assert.Equal("intake", journaled.Data!["activityMap"]!["receive"]!.GetValue<string>());

        // The committee's deadline follows the new version, counted from when the task began.
        var decide = Assert.Single((await GetAsync(atDecide)).Instance.Bookmarks);
        Assert.Equal("decide", decide.ActivityId);
        Assert.Equal(decide.CreatedAt.AddDays(10), decide.DueAt!.Value, TimeSpan.FromSeconds(1));

        // The moved instance runs on in the new version.
        var resumed = await InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>()
            .ResumeAsync(atReceive, moved.Instance.Bookmarks[0].Id, "Received", null, Admin, CancellationToken.None));
        Assert.Equal("decide", Assert.Single(resumed.Bookmarks).ActivityId);

        var counts = await InScopeAsync(sp => sp.GetRequiredService<IWorkflowInstanceQueries>().CountByVersionAsync(id, CancellationToken.None));
        Assert.Equal(2, Assert.Single(counts, c => c.Version == 2).Active);
        Assert.DoesNotContain(counts, c => c.Version == 1 && c.Active > 0);
    }

    [SkippableTheory]
    [InlineData("nowhere", "not in version 2")]
    [InlineData("done", "types differ")]
    [InlineData(null, "map it to an activity")]
    public async Task An_invalid_mapping_is_refused_and_changes_nothing(string? target, string reason)
    {
        var (id, atReceive, atDecide) = await TwoVersionsWithRunningInstancesAsync();
        var map = target is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["receive"] = target };
        var request = new MigrationRequest(id, 1, 2, map);

        var errors = await InScopeAsync(sp => sp.GetRequiredService<IInstanceMigration>().ValidateAsync(request, CancellationToken.None));
        Assert.Contains(errors, e => e.ActivityId == "receive" && e.Message.Contains(reason, StringComparison.Ordinal));

        var refused = await Assert.ThrowsAsync<InstanceMigrationInvalidException>(() =>
            InScopeAsync(sp => sp.GetRequiredService<IInstanceMigration>().MigrateAsync(request, Admin, CancellationToken.None)));
        Assert.NotEmpty(refused.Errors);

        foreach (var instanceId in new[] { atReceive, atDecide })
        {
            var details = await GetAsync(instanceId);
            Assert.Equal(1, details.Instance.Version);
            Assert.DoesNotContain(details.Journal, j => j.Outcome == "Migrated");
        }
        Assert.Equal("receive", Assert.Single((await GetAsync(atReceive)).Instance.Bookmarks).ActivityId);
        var decide = Assert.Single((await GetAsync(atDecide)).Instance.Bookmarks);
        Assert.Equal(decide.CreatedAt.AddDays(14), decide.DueAt!.Value, TimeSpan.FromSeconds(1));
    }

    [SkippableFact]
    public async Task A_draft_cannot_be_the_target_of_a_migration()
    {
        var (id, _, _) = await TwoVersionsWithRunningInstancesAsync();
        await InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>()
            .SaveDraftAsync(DesignerDefinitions.TwoSteps(id, committeeDeadline: "P3D"), CancellationToken.None));

        var errors = await InScopeAsync(sp => sp.GetRequiredService<IInstanceMigration>()
            .ValidateAsync(new MigrationRequest(id, 1, 3, new Dictionary<string, string>()), CancellationToken.None));

        Assert.Contains(errors, e => e.Message.Contains("draft", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_test_run_of_a_draft_is_clicked_through_without_counting_as_a_real_instance()
    {
        var id = "testrun-" + Guid.NewGuid().ToString("N")[..8];
        var draft = await InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().SaveDraftAsync(
            DesignerDefinitions.TwoSteps(id, extra: """{ "id": "record", "type": "DomainAction", "action": "RecordCommitteeDecision", "outcomes": ["Recorded"] },""")
                .Replace("\"outcome\": \"Accept\", \"target\": \"done\"", "\"outcome\": \"Accept\", \"target\": \"record\" }, { \"source\": \"record\", \"outcome\": \"Recorded\", \"target\": \"done\"", StringComparison.Ordinal),
            CancellationToken.None));
        Assert.Equal(DefinitionStatus.Draft, draft.Status);

        var run = await InScopeAsync(sp => sp.GetRequiredService<IWorkflowTestRun>().StartAsync(id, draft.Version, null, Admin, CancellationToken.None));
        Assert.Equal("receive", Assert.Single(run.Bookmarks).ActivityId);
        run = await InScopeAsync(sp => sp.GetRequiredService<IWorkflowTestRun>()
            .ResumeAsync(run.InstanceId, run.Bookmarks[0].Id, "Received", null, Admin, CancellationToken.None));
        run = await InScopeAsync(sp => sp.GetRequiredService<IWorkflowTestRun>()
            .ResumeAsync(run.InstanceId, run.Bookmarks[0].Id, "Accept", null, Admin, CancellationToken.None));

        Assert.Equal(WorkflowStatus.Completed, run.Status);
        var details = await GetAsync(run.InstanceId);
        Assert.Contains(details.Journal, j => j.ActivityId == "record" && j.Outcome == "Recorded"); // simulated, first declared outcome
        var summary = await InScopeAsync(sp => sp.GetRequiredService<IWorkflowInstanceQueries>().FindAsync(run.InstanceId, CancellationToken.None));
        Assert.True(summary!.IsTestRun);
        var counts = await InScopeAsync(sp => sp.GetRequiredService<IWorkflowInstanceQueries>().CountByVersionAsync(id, CancellationToken.None));
        Assert.Equal((0, 0, 1), counts.Select(c => (c.Active, c.Finished, c.TestRuns)).Single());

        // The test-run service never moves a real instance.
        await PublishAsync(DesignerDefinitions.TwoSteps(id));
        var instance = await StartAsync(id);
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => InScopeAsync(sp => sp.GetRequiredService<IWorkflowTestRun>()
            .ResumeAsync(instance.InstanceId, instance.Bookmarks[0].Id, "Received", null, Admin, CancellationToken.None)));
    }
}
