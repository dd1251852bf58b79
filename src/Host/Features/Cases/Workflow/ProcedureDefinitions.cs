using System.Xml;
using DomatAljandal.Workflows.Definitions;
using Microsoft.Extensions.Caching.Memory;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// Reads a published workflow version's activities (names, roles, forms, deadlines) so tasks and the timeline can be
/// shown with their Arabic and English names. Published versions never change, so they are cached.
/// </summary>
public sealed class ProcedureDefinitions(IWorkflowDefinitionStore store, IMemoryCache cache)
{
    public async Task<WorkflowDefinition?> GetAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var key = ("procedure-definition", definitionId, version);
        if (cache.TryGetValue(key, out WorkflowDefinition? cached))
        {
            return cached;
        }

        var json = await store.GetJsonAsync(definitionId, version, cancellationToken);
        var definition = json is null ? null : WorkflowJson.Parse(json).Definition;
        if (definition is not null)
        {
            cache.Set(key, definition, TimeSpan.FromHours(1));
        }

        return definition;
    }

    /// <summary>The activity's name in Arabic and English (its id when it has none).</summary>
    public static LocalizedName NameOf(WorkflowDefinition? definition, string activityId)
    {
        var name = definition?.FindActivity(activityId)?.Name;
        return new LocalizedName(
            name?.GetValueOrDefault("ar") ?? name?.GetValueOrDefault("en") ?? activityId,
            name?.GetValueOrDefault("en") ?? name?.GetValueOrDefault("ar") ?? activityId);
    }

    /// <summary>A human task's <c>deadline</c>, or null.</summary>
    public static TimeSpan? DeadlineOf(WorkflowDefinition? definition, string activityId) =>
        definition?.FindActivity(activityId)?.StringProperty("deadline") is { } iso ? XmlConvert.ToTimeSpan(iso) : null;
}

/// <summary>A name in the two UI languages.</summary>
public sealed record LocalizedName(string Ar, string En);
