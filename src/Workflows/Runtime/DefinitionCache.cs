using System.Collections.Concurrent;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>
/// Parsed definition versions that instances run on. Only published or retired versions are cached: their
/// JSON never changes once published (drafts are never executed).
/// </summary>
internal sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<(string, int), ExecutableDefinition> _definitions = new();

    public async Task<ExecutableDefinition> GetAsync(DbContext context, string definitionId, int version, CancellationToken cancellationToken)
    {
        if (_definitions.TryGetValue((definitionId, version), out var cached)) return cached;
        var row = await context.Set<WorkflowDefinitionVersion>().AsNoTracking()
                      .FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, cancellationToken)
                  ?? throw new WorkflowNotFoundException($"Workflow definition '{definitionId}' version {version} does not exist.");
        return Add(row);
    }

    public ExecutableDefinition Add(WorkflowDefinitionVersion row)
    {
        var (model, error) = WorkflowJson.Parse(row.Json);
        if (model is null) throw new InvalidOperationException($"Stored definition {row.DefinitionId} v{row.Version} is unreadable: {error?.Message}");
        var executable = new ExecutableDefinition(model, row.Version);
        if (row.Status != DefinitionStatus.Draft) _definitions[(row.DefinitionId, row.Version)] = executable;
        return executable;
    }
}
