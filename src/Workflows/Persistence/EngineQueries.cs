using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>
/// The engine's hot queries, compiled (EF skips expression-tree hashing and the query cache on every call).
/// They run on the host's context type, compiled once per model.
/// </summary>
internal static class EngineQueries
{
    private static readonly ModelCompiledQuery<Func<DbContext, Guid, IAsyncEnumerable<InstanceWithBookmark>>> InstanceWithOpenBookmarksQuery =
        new(() => EF.CompileAsyncQuery((DbContext context, Guid instanceId) =>
            from instance in context.Set<WorkflowInstance>()
            where instance.Id == instanceId
            from bookmark in context.Set<Bookmark>()
                .Where(b => b.InstanceId == instance.Id && b.ConsumedAt == null)
                .DefaultIfEmpty()
            select new InstanceWithBookmark(instance, bookmark)));

    private static readonly ModelCompiledQuery<Func<DbContext, string, CancellationToken, Task<int?>>> PublishedVersionQuery =
        new(() => EF.CompileAsyncQuery((DbContext context, string definitionId, CancellationToken _) =>
            context.Set<WorkflowDefinitionVersion>().AsNoTracking()
                .Where(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Published)
                .Select(d => (int?)d.Version)
                .FirstOrDefault()));

    private static readonly ModelCompiledQuery<Func<DbContext, Guid, IAsyncEnumerable<DurableTimer>>> PendingTimersOfBookmarkQuery =
        new(() => EF.CompileAsyncQuery((DbContext context, Guid bookmarkId) =>
            context.Set<DurableTimer>().Where(t => t.BookmarkId == bookmarkId && t.FiredAt == null)));

    private static readonly ModelCompiledQuery<Func<DbContext, Guid, IAsyncEnumerable<DurableTimer>>> PendingTimersOfInstanceQuery =
        new(() => EF.CompileAsyncQuery((DbContext context, Guid instanceId) =>
            context.Set<DurableTimer>().Where(t => t.InstanceId == instanceId && t.FiredAt == null)));

    private static readonly ModelCompiledQuery<Func<DbContext, Guid, IAsyncEnumerable<Incident>>> OpenIncidentsOfInstanceQuery =
        new(() => EF.CompileAsyncQuery((DbContext context, Guid instanceId) =>
            context.Set<Incident>().Where(i => i.InstanceId == instanceId && i.Status == IncidentStatus.Open)));

    /// <summary>An instance and its open bookmarks in one round trip (one row per open bookmark, or one row with none); tracked.</summary>
    public static IAsyncEnumerable<InstanceWithBookmark> InstanceWithOpenBookmarks(DbContext context, Guid instanceId) =>
        InstanceWithOpenBookmarksQuery.For(context)(context, instanceId);

    /// <summary>The published version of a definition, if any.</summary>
    public static Task<int?> PublishedVersion(DbContext context, string definitionId, CancellationToken cancellationToken) =>
        PublishedVersionQuery.For(context)(context, definitionId, cancellationToken);

    /// <summary>Pending timers of a bookmark; tracked.</summary>
    public static IAsyncEnumerable<DurableTimer> PendingTimersOfBookmark(DbContext context, Guid bookmarkId) =>
        PendingTimersOfBookmarkQuery.For(context)(context, bookmarkId);

    /// <summary>Pending timers of an instance; tracked.</summary>
    public static IAsyncEnumerable<DurableTimer> PendingTimersOfInstance(DbContext context, Guid instanceId) =>
        PendingTimersOfInstanceQuery.For(context)(context, instanceId);

    /// <summary>Open incidents of an instance; tracked.</summary>
    public static IAsyncEnumerable<Incident> OpenIncidentsOfInstance(DbContext context, Guid instanceId) =>
        OpenIncidentsOfInstanceQuery.For(context)(context, instanceId);

    /// <summary>A row of <see cref="InstanceWithOpenBookmarks"/>.</summary>
    internal sealed record InstanceWithBookmark(WorkflowInstance Instance, Bookmark? Bookmark);
}
