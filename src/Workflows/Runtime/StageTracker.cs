using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>Where an instance stands on the stages of its own definition version, from its journal's stage entries.</summary>
internal static class StageTracker
{
    public static IReadOnlyList<StageProgress> For(WorkflowDefinition definition, WorkflowStatus status, string? current,
        IEnumerable<(string StageId, DateTimeOffset At)> entered)
    {
        var stages = definition.Stages ?? [];
        var lastEntered = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (stageId, at) in entered) lastEntered[stageId] = at;
        var active = status is WorkflowStatus.Running or WorkflowStatus.Faulted;
        var position = stages.FindIndex(s => s.Id == current);
        return stages.Select((stage, index) => new StageProgress(
                stage.Id,
                stage.Name,
                stage.Id == current && active ? StageState.Current
                : lastEntered.ContainsKey(stage.Id) || stage.Id == current ? StageState.Done
                : status == WorkflowStatus.Completed || index < position ? StageState.Skipped
                : StageState.Ahead,
                lastEntered.TryGetValue(stage.Id, out var at) ? at : null))
            .ToList();
    }
}
