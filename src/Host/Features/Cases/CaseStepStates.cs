using DomatAljandal.Domain.Cases;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>Where a case stands on the seven steps, for the staff case page and the member's tracker alike.</summary>
public static class CaseStepStates
{
    /// <summary>
    /// A step is Done when the case went through it (even one it came back from, like a clarification) and
    /// Skipped when the case passed it by (step 3, the social researcher, is only for members to whom the
    /// procedure was unclear).
    /// </summary>
    public static List<GetCase.StepDto> For(ServiceCase serviceCase, HashSet<int>? visited) =>
    [
        .. Enum.GetValues<ProcedureStep>().Select(step => new GetCase.StepDto(
            (int)step,
            step,
            ProcedureStepNames.Arabic(step),
            ProcedureStepNames.English(step),
            step == serviceCase.CurrentStep && !serviceCase.IsClosed ? "Current"
            : visited?.Contains((int)step) == true ? "Done"
            : step < serviceCase.CurrentStep || serviceCase.Status == CaseStatus.Completed ? visited is null ? "Done" : "Skipped"
            : step == serviceCase.CurrentStep ? "Done"
            : "Ahead")),
    ];

    /// <summary>The steps the workflow's <c>case.set-step</c> actions actually ran, from the journal; null when unknown.</summary>
    public static HashSet<int>? Visited(WorkflowDefinition? definition, IReadOnlyList<JournalEntryInfo>? journal)
    {
        if (definition is null || journal is null)
        {
            return null;
        }

        var visited = new HashSet<int> { (int)ProcedureStep.Receive };
        foreach (var entry in journal)
        {
            var activity = definition.FindActivity(entry.ActivityId);
            if (activity?.StringProperty("action") == "case.set-step"
                && activity.Property("inputs") is { ValueKind: System.Text.Json.JsonValueKind.Object } inputs
                && inputs.TryGetProperty("step", out var step)
                && int.TryParse(step.ToString(), out var number))
            {
                visited.Add(number);
            }
        }

        return visited;
    }
}
