using System.Runtime.CompilerServices;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>
/// The reads and updates of every unit of work, compiled once per model (a compiled query serves one model only, and a process may
/// hold several: SQLite and PostgreSQL, or one per test host): no LINQ tree to build, hash and look up per call.
/// Not tracked: the engine attaches only what it writes.
/// </summary>
internal sealed class EngineQueries
{
    private static readonly ConditionalWeakTable<IModel, EngineQueries> ByModel = new();

    public static EngineQueries For(DbContext context) => ByModel.GetValue(context.Model, static _ => new EngineQueries());

    /// <summary>An instance by id.</summary>
    public Func<DbContext, Guid, CancellationToken, Task<WorkflowInstance?>> Instance { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid id, CancellationToken _) =>
            db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefault(i => i.Id == id));

    /// <summary>The open bookmarks of an instance.</summary>
    public Func<DbContext, Guid, IAsyncEnumerable<Bookmark>> OpenBookmarks { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid instanceId) =>
            db.Set<Bookmark>().AsNoTracking().Where(b => b.InstanceId == instanceId && b.ConsumedAt == null));

    /// <summary>The published version of a definition, or null.</summary>
    public Func<DbContext, string, CancellationToken, Task<int?>> PublishedVersion { get; } =
        EF.CompileAsyncQuery((DbContext db, string definitionId, CancellationToken _) =>
            db.Set<WorkflowDefinitionVersion>()
                .Where(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Published)
                .Select(d => (int?)d.Version)
                .FirstOrDefault());

    /// <summary>Deletes the pending timer of a wait that is over (one being fired right now is already marked fired).</summary>
    public Func<DbContext, Guid, CancellationToken, Task<int>> DeleteBookmarkTimers { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid bookmarkId, CancellationToken _) =>
            db.Set<DurableTimer>().Where(t => t.FiredAt == null && t.BookmarkId == bookmarkId).ExecuteDelete());

    /// <summary>Deletes every pending timer of an instance that ended.</summary>
    public Func<DbContext, Guid, CancellationToken, Task<int>> DeleteInstanceTimers { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid instanceId, CancellationToken _) =>
            db.Set<DurableTimer>().Where(t => t.FiredAt == null && t.InstanceId == instanceId).ExecuteDelete());

    /// <summary>The open incidents of an instance.</summary>
    public Func<DbContext, Guid, IAsyncEnumerable<Incident>> OpenIncidents { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid instanceId) =>
            db.Set<Incident>().AsNoTracking().Where(i => i.InstanceId == instanceId && i.Status == IncidentStatus.Open));
}
