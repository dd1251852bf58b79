using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tasks;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>
/// An open human task of a case, as the case page and the inbox show it. <see cref="TaskId"/> is the engine's task id;
/// <see cref="Outcomes"/> are the ids to complete it with, <see cref="OutcomeChoices"/> the same with their labels; the
/// stage is the task's own (from its activity in the instance's version).
/// </summary>
public sealed record CaseTaskDto(
    Guid TaskId,
    string ActivityId,
    string NameAr,
    string NameEn,
    string? Role,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<OutcomeDto> OutcomeChoices,
    string? StageId,
    string? StageNameAr,
    string? StageNameEn,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    bool Breached,
    DateTimeOffset? BreachedAt,
    bool DueSoon,
    string? ClaimedBy,
    IReadOnlyList<TaskFormFieldDto> Form);

/// <summary>An outcome to choose, with its label in both languages (its id when the definition gave none).</summary>
public sealed record OutcomeDto(string Id, string NameAr, string NameEn)
{
    public static OutcomeDto From(OutcomeDefinition outcome) => new(outcome.Id, outcome.Label("ar"), outcome.Label("en"));
}

/// <summary>A field of a task's form: <c>type</c> is text, number, boolean or date.</summary>
public sealed record TaskFormFieldDto(string Key, string Type, bool Required, string LabelAr, string LabelEn);

/// <summary>What a case waits for outside the society: an event such as <c>DeclarationSigned</c> or <c>MemberReplied</c>.</summary>
public sealed record CaseWaitDto(Guid BookmarkId, string ActivityId, string EventName, string NameAr, string NameEn, DateTimeOffset Since);

/// <summary>Turns the engine's tasks and waits into what the case screens show, with names from the instance's definition version.</summary>
public static class CaseTasks
{
    public static CaseTaskDto ToTask(WorkflowTask task, DateTimeOffset now, TimeSpan dueSoonWindow)
    {
        var name = LocalizedName.Of(task.Name, task.ActivityId);
        var stage = task.StageId is null ? null : LocalizedName.Of(task.StageName, task.StageId);
        var breached = task.IsBreached(now);
        return new CaseTaskDto(
            task.Id,
            task.ActivityId,
            name.Ar,
            name.En,
            task.Role,
            [.. task.Outcomes.Select(o => o.Id)],
            [.. task.Outcomes.Select(OutcomeDto.From)],
            task.StageId,
            stage?.Ar,
            stage?.En,
            task.CreatedAt,
            task.DueAt,
            breached,
            task.BreachedAt,
            !breached && task.DueAt is { } soon && soon <= now + dueSoonWindow,
            task.ClaimedBy,
            [.. task.Form.Select(ToField)]);
    }

    private static TaskFormFieldDto ToField(TaskFormField field)
    {
        var label = LocalizedName.Of(field.Label, field.Key);
        return new TaskFormFieldDto(field.Key, field.Type, field.Required, label.Ar, label.En);
    }

    public static CaseWaitDto ToWait(BookmarkInfo bookmark, WorkflowDefinition? definition)
    {
        var name = ProcedureDefinitions.NameOf(definition, bookmark.ActivityId);
        return new CaseWaitDto(bookmark.Id, bookmark.ActivityId, bookmark.EventName ?? string.Empty, name.Ar, name.En, bookmark.CreatedAt);
    }
}
