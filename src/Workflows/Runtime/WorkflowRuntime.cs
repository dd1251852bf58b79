using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Workflows.Runtime;

/// <inheritdoc />
internal sealed class WorkflowRuntime(WorkflowEngine engine, DefinitionCache definitions) : IWorkflowRuntime
{
    public async Task<WorkflowInstanceSnapshot> StartAsync(string definitionId, JsonObject? input, WorkflowActor actor,
        CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var published = await engine.PublishedVersionAsync(definitionId, cancellationToken)
                        ?? throw new WorkflowNotFoundException($"Workflow definition '{definitionId}' has no published version.");
        var definition = await definitions.GetAsync(engine.Context, definitionId, published, cancellationToken);
        var x = engine.Create(definition, input, actor.Id);
        using var scope = engine.BeginScope(x.Instance);
        await engine.RunAsync(x, [definition.Start], actor.Id, cancellationToken);
        return await engine.SaveAsync(x, cancellationToken);
    }

    public async Task<WorkflowInstanceSnapshot> ResumeAsync(Guid instanceId, Guid bookmarkId, string outcome, JsonObject? data,
        WorkflowActor actor, CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var x = await engine.LoadAsync(instanceId, cancellationToken);
        using var scope = engine.BeginScope(x.Instance);
        var bookmark = x.OpenBookmarks.Find(b => b.Id == bookmarkId);
        if (bookmark is null)
        {
            var exists = await engine.Context.Set<Bookmark>().AnyAsync(b => b.Id == bookmarkId && b.InstanceId == instanceId, cancellationToken);
            throw exists
                ? new BookmarkConsumedException(bookmarkId)
                : new WorkflowNotFoundException($"Bookmark {bookmarkId} does not exist on instance {instanceId}.");
        }
        EnsureActive(x);
        if (bookmark.Kind == BookmarkKind.Event) throw new EventWaitNotResumableException(bookmark.Id, bookmark.EventName);
        if (bookmark.Kind == BookmarkKind.HumanTask) Tasks.TaskRules.EnsureMayComplete(bookmark, actor);
        if (!bookmark.Outcomes.Contains(outcome))
            throw new UndeclaredOutcomeException(outcome, bookmark.Outcomes);

        if (bookmark.Kind == BookmarkKind.HumanTask && engine.TakesVotes(x, bookmark))
            await engine.VoteAsync(x, bookmark, outcome, data, actor.Id, cancellationToken);
        else
            await engine.ResumeBookmarkAsync(x, bookmark, outcome, data, actor.Id, cancellationToken);
        return await engine.SaveAsync(x, cancellationToken);
    }

    public async Task<WorkflowInstanceSnapshot> RaiseEventAsync(Guid instanceId, string eventName, JsonObject? data,
        CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var x = await engine.LoadAsync(instanceId, cancellationToken);
        using var scope = engine.BeginScope(x.Instance);
        var waiting = x.OpenBookmarks.Where(b => b.Kind == BookmarkKind.Event && b.EventName == eventName).ToList();
        if (waiting.Count == 0)
            throw new WorkflowNotFoundException($"Instance {instanceId} is not waiting for event '{eventName}'.");
        EnsureActive(x);
        foreach (var bookmark in waiting.Where(b => x.OpenBookmarks.Contains(b)))
            await engine.ResumeBookmarkAsync(x, bookmark, "Done", data, WorkflowActor.System.Id, cancellationToken);
        return await engine.SaveAsync(x, cancellationToken);
    }

    public async Task<WorkflowInstanceDetails?> GetAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var context = engine.Context;
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var instance = await context.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is null) return null;
        var bookmarks = await context.Set<Bookmark>().AsNoTracking()
            .Where(b => b.InstanceId == instanceId && b.ConsumedAt == null).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        var journal = await context.Set<JournalEntry>().AsNoTracking()
            .Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        var incidents = await context.Set<Incident>().AsNoTracking()
            .Where(i => i.InstanceId == instanceId).OrderBy(i => i.CreatedAt).ToListAsync(cancellationToken);

        var definition = await definitions.GetAsync(context, instance.DefinitionId, instance.Version, cancellationToken);

        var snapshot = new WorkflowInstanceSnapshot(instance.Id, instance.DefinitionId, instance.Version, instance.Status, instance.Result,
            bookmarks.Select(WorkflowEngine.ToInfo).ToList(), Expressions.JsonValues.ParseObject(instance.VariablesJson), instance.CurrentStage);
        return new WorkflowInstanceDetails(snapshot, WorkflowEngine.Offset(instance.CreatedAt)!.Value, WorkflowEngine.Offset(instance.UpdatedAt)!.Value,
            instance.StartedBy,
            journal.Select(j => new JournalEntryInfo(j.Sequence, j.ActivityId, j.ActivityType, j.Outcome, j.Actor,
                j.DataJson is null ? null : JsonNode.Parse(j.DataJson), WorkflowEngine.Offset(j.StartedAt)!.Value,
                WorkflowEngine.Offset(j.FinishedAt), j.Error)).ToList(),
            incidents.Select(IncidentService.ToInfo).ToList(),
            StageTracker.For(definition.Model, instance.Status, instance.CurrentStage, StageEntries(journal)));
    }

    public async Task<InstanceStages?> GetStagesAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var context = engine.Context;
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var instance = await context.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.Id == instanceId)
            .Select(i => new { i.DefinitionId, i.Version, i.Status, i.CurrentStage })
            .FirstOrDefaultAsync(cancellationToken);
        if (instance is null) return null;
        var entries = await context.Set<JournalEntry>().AsNoTracking()
            .Where(j => j.InstanceId == instanceId && j.ActivityId == WorkflowJournal.StageActivityId)
            .OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        var definition = await definitions.GetAsync(context, instance.DefinitionId, instance.Version, cancellationToken);
        return new InstanceStages(instanceId, instance.DefinitionId, instance.Version, instance.Status, instance.CurrentStage,
            StageTracker.For(definition.Model, instance.Status, instance.CurrentStage, StageEntries(entries)));
    }

    private static IEnumerable<(string, DateTimeOffset)> StageEntries(IEnumerable<JournalEntry> journal) =>
        journal.Where(j => j.ActivityId == WorkflowJournal.StageActivityId && j.Outcome is not null)
            .Select(j => (j.Outcome!, WorkflowEngine.Offset(j.StartedAt)!.Value));

    public async Task<WorkflowInstanceSnapshot> CancelAsync(Guid instanceId, WorkflowActor actor, string? reason, CancellationToken cancellationToken,
        string? result = null)
    {
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var x = await engine.LoadAsync(instanceId, cancellationToken);
        using var scope = engine.BeginScope(x.Instance);
        EnsureActive(x);
        engine.Cancel(x, actor.Id, reason, result);
        return await engine.SaveAsync(x, cancellationToken);
    }

    private static void EnsureActive(InstanceExecution x)
    {
        if (!x.IsActive)
            throw new WorkflowStateException($"Workflow instance {x.Instance.Id} is {x.Instance.Status}.");
    }
}
