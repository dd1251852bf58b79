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
    public static LocalizedName NameOf(WorkflowDefinition? definition, string activityId) =>
        LocalizedName.Of(definition?.FindActivity(activityId)?.Name, activityId);

    /// <summary>A stage's name in Arabic and English (its id when the version does not declare it).</summary>
    public static LocalizedName StageNameOf(WorkflowDefinition? definition, string stageId) =>
        LocalizedName.Of(definition?.FindStage(stageId)?.Name, stageId);

    /// <summary>Whether <paramref name="stageId"/> comes after the research committee's stage in the definition's order.</summary>
    public static bool ComesAfterCommittee(WorkflowDefinition? definition, string stageId)
    {
        var stages = definition?.Stages ?? [];
        var committee = stages.FindIndex(s => s.Id == Domain.Cases.ServiceCase.CommitteeStage);
        return committee >= 0 && stages.FindIndex(s => s.Id == stageId) > committee;
    }

    /// <summary>The label of an outcome of an activity in both languages (the outcome's id when it has none).</summary>
    public static LocalizedName OutcomeNameOf(WorkflowDefinition? definition, string activityId, string outcome)
    {
        var declared = definition?.FindActivity(activityId)?.OutcomesProperty("outcomes").FirstOrDefault(o => o.Id == outcome);
        return declared is null ? new LocalizedName(outcome, outcome) : new LocalizedName(declared.Label("ar"), declared.Label("en"));
    }

    /// <summary>The label of a field of a human task's form in both languages; null when the form does not declare it.</summary>
    public static LocalizedName? FormLabelOf(WorkflowDefinition? definition, string activityId, string key)
    {
        if (definition?.FindActivity(activityId)?.Property("form") is not { ValueKind: System.Text.Json.JsonValueKind.Array } form)
        {
            return null;
        }

        foreach (var field in form.EnumerateArray())
        {
            if (field.ValueKind == System.Text.Json.JsonValueKind.Object && field.TryGetProperty("key", out var k) && k.ValueKind == System.Text.Json.JsonValueKind.String
                && k.GetString() == key)
            {
                var label = field.TryGetProperty("label", out var l) && l.ValueKind == System.Text.Json.JsonValueKind.Object
                    ? l.EnumerateObject().Where(p => p.Value.ValueKind == System.Text.Json.JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!)
                    : null;
                return LocalizedName.Of(label, key);
            }
        }

        return null;
    }

    /// <summary>A human task's <c>deadline</c>, or null.</summary>
    public static TimeSpan? DeadlineOf(WorkflowDefinition? definition, string activityId) =>
        definition?.FindActivity(activityId)?.StringProperty("deadline") is { } iso ? XmlConvert.ToTimeSpan(iso) : null;
}

/// <summary>A name in the two UI languages.</summary>
public sealed record LocalizedName(string Ar, string En)
{
    /// <summary>From a definition's name keyed by language, each language falling back to the other and then to <paramref name="fallback"/>.</summary>
    public static LocalizedName Of(IReadOnlyDictionary<string, string>? name, string fallback) => new(
        name?.GetValueOrDefault("ar") ?? name?.GetValueOrDefault("en") ?? fallback,
        name?.GetValueOrDefault("en") ?? name?.GetValueOrDefault("ar") ?? fallback);
}
