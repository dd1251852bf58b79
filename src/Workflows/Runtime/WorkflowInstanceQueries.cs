using DomatAljandal.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Workflows.Runtime;

/// <inheritdoc />
internal sealed class WorkflowInstanceQueries(WorkflowDbContextAccessor db, DefinitionCache definitions) : IWorkflowInstanceQueries
{
    public async Task<IReadOnlyDictionary<Guid, InstancePosition>> PositionsAsync(IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken)
    {
        if (instanceIds.Count == 0) return new Dictionary<Guid, InstancePosition>();
        var ids = instanceIds.Distinct().ToList();
        var rows = await db.Context.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.DefinitionId, i.Version, i.Status, i.CurrentStage })
            .ToListAsync(cancellationToken);
        var events = (await db.Context.Set<Bookmark>().AsNoTracking()
                .Where(b => ids.Contains(b.InstanceId) && b.ConsumedAt == null && b.Kind == BookmarkKind.Event && b.EventName != null)
                .Select(b => new { b.InstanceId, b.EventName })
                .ToListAsync(cancellationToken))
            .ToLookup(b => b.InstanceId, b => b.EventName!);
        var positions = new Dictionary<Guid, InstancePosition>(rows.Count);
        foreach (var row in rows)
        {
            var stages = (await definitions.GetAsync(db.Context, row.DefinitionId, row.Version, cancellationToken)).Model.Stages ?? [];
            var index = stages.FindIndex(s => s.Id == row.CurrentStage);
            positions[row.Id] = new InstancePosition(row.Id, row.DefinitionId, row.Version, row.Status, row.CurrentStage,
                index >= 0 ? stages[index].Name : null, index >= 0 ? index + 1 : null, stages.Count, events[row.Id].Distinct().ToList());
        }
        return positions;
    }

    private const int MaxListed = 500;

    public async Task<IReadOnlyList<EventWait>> EventWaitsAsync(int limit, CancellationToken cancellationToken)
    {
        var rows = await db.Context.Set<Bookmark>().AsNoTracking()
            .Where(b => b.ConsumedAt == null && b.Kind == BookmarkKind.Event)
            .Join(db.Context.Set<WorkflowInstance>().Where(i => !i.IsTestRun && i.Status == WorkflowStatus.Running), b => b.InstanceId, i => i.Id,
                (b, i) => new { b.InstanceId, i.DefinitionId, i.Version, b.ActivityId, b.EventName, b.CreatedAt, b.DueAt })
            .OrderBy(r => r.CreatedAt)
            .Take(Math.Clamp(limit, 1, MaxListed))
            .ToListAsync(cancellationToken);
        return rows.Select(r => new EventWait(r.InstanceId, r.DefinitionId, r.Version, r.ActivityId, r.EventName,
                WorkflowEngine.Offset(r.CreatedAt)!.Value, WorkflowEngine.Offset(r.DueAt)))
            .ToList();
    }

    public Task<Guid?> LastConsumedBookmarkAsync(Guid instanceId, CancellationToken cancellationToken) =>
        db.Context.Set<Bookmark>().AsNoTracking()
            .Where(b => b.InstanceId == instanceId && b.ConsumedAt != null)
            .OrderByDescending(b => b.ConsumedAt)
            .Select(b => (Guid?)b.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<VersionInstanceCount>> CountByVersionAsync(string definitionId, CancellationToken cancellationToken)
    {
        var rows = await db.Context.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.DefinitionId == definitionId)
            .GroupBy(i => new { i.Version, i.Status, i.IsTestRun })
            .Select(g => new { g.Key.Version, g.Key.Status, g.Key.IsTestRun, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Version).OrderByDescending(g => g.Key)
            .Select(g => new VersionInstanceCount(
                g.Key,
                g.Where(r => !r.IsTestRun && IsActive(r.Status)).Sum(r => r.Count),
                g.Where(r => !r.IsTestRun && !IsActive(r.Status)).Sum(r => r.Count),
                g.Where(r => r.IsTestRun).Sum(r => r.Count)))
            .ToList();
    }

    public async Task<InstanceSummary?> FindAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var found = await SummarizeAsync(db.Context.Set<WorkflowInstance>().AsNoTracking().Where(i => i.Id == instanceId), cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<IReadOnlyList<InstanceSummary>> ListAsync(string definitionId, int? version, bool activeOnly, CancellationToken cancellationToken)
    {
        var query = db.Context.Set<WorkflowInstance>().AsNoTracking().Where(i => i.DefinitionId == definitionId);
        if (version is { } v) query = query.Where(i => i.Version == v);
        if (activeOnly) query = query.Where(i => i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Faulted);
        return await SummarizeAsync(query.OrderByDescending(i => i.CreatedAt).Take(MaxListed), cancellationToken);
    }

    private async Task<IReadOnlyList<InstanceSummary>> SummarizeAsync(IQueryable<WorkflowInstance> query, CancellationToken cancellationToken)
    {
        var instances = await query.ToListAsync(cancellationToken);
        var ids = instances.Select(i => i.Id).ToList();
        var waiting = (await db.Context.Set<Bookmark>().AsNoTracking()
                .Where(b => ids.Contains(b.InstanceId) && b.ConsumedAt == null)
                .Select(b => new { b.InstanceId, b.ActivityId })
                .ToListAsync(cancellationToken))
            .ToLookup(b => b.InstanceId, b => b.ActivityId);
        return instances.Select(i => new InstanceSummary(i.Id, i.DefinitionId, i.Version, i.Status, i.Result, i.IsTestRun,
                waiting[i.Id].Distinct().ToList(), i.StartedBy, WorkflowEngine.Offset(i.CreatedAt)!.Value, WorkflowEngine.Offset(i.UpdatedAt)!.Value))
            .ToList();
    }

    internal static bool IsActive(WorkflowStatus status) => status is WorkflowStatus.Running or WorkflowStatus.Faulted;
}
