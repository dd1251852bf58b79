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
    private static readonly ModelCompiledQuery<Func<DbContext, string, CancellationToken, Task<int?>>> PublishedVersionQuery =
        new(() => EF.CompileAsyncQuery((DbContext context, string definitionId, CancellationToken _) =>
            context.Set<WorkflowDefinitionVersion>().AsNoTracking()
                .Where(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Published)
                .Select(d => (int?)d.Version)
                .FirstOrDefault()));

    /// <summary>The published version of a definition, if any.</summary>
    public static Task<int?> PublishedVersion(DbContext context, string definitionId, CancellationToken cancellationToken) =>
        PublishedVersionQuery.For(context)(context, definitionId, cancellationToken);
}
