using System.Text.Json;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>An open human task of a case, as the case page and the inbox show it. <see cref="TaskId"/> is the bookmark id.</summary>
public sealed record CaseTaskDto(
    Guid TaskId,
    string ActivityId,
    string NameAr,
    string NameEn,
    string? Role,
    IReadOnlyList<string> Outcomes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    bool Breached,
    DateTimeOffset? BreachedAt,
    bool DueSoon,
    string? ClaimedBy,
    IReadOnlyList<TaskFormFieldDto> Form);

/// <summary>A field of a task's form: <c>type</c> is text, number, boolean or date.</summary>
public sealed record TaskFormFieldDto(string Key, string Type, bool Required, string LabelAr, string LabelEn);

/// <summary>What a case waits for outside the society: an event such as <c>DeclarationSigned</c> or <c>MemberReplied</c>.</summary>
public sealed record CaseWaitDto(Guid BookmarkId, string ActivityId, string EventName, string NameAr, string NameEn, DateTimeOffset Since);

/// <summary>Turns open bookmarks into tasks and waits, with names and forms from the instance's definition version.</summary>
public static class CaseTasks
{
    public static CaseTaskDto ToTask(Bookmark bookmark, WorkflowDefinition? definition, DateTimeOffset now, TimeSpan dueSoonWindow)
    {
        var name = ProcedureDefinitions.NameOf(definition, bookmark.ActivityId);
        var dueAt = StoredTimes.AsOffset(bookmark.DueAt);
        var breached = bookmark.BreachedAt is not null || (dueAt is { } due && due <= now);
        return new CaseTaskDto(
            bookmark.Id,
            bookmark.ActivityId,
            name.Ar,
            name.En,
            bookmark.Role,
            bookmark.Outcomes.Where(o => o != "Timeout").ToList(),
            StoredTimes.AsOffset(bookmark.CreatedAt),
            dueAt,
            breached,
            StoredTimes.AsOffset(bookmark.BreachedAt),
            !breached && dueAt is { } soon && soon <= now + dueSoonWindow,
            bookmark.Assignee,
            FormOf(definition?.FindActivity(bookmark.ActivityId)));
    }

    public static CaseWaitDto ToWait(Bookmark bookmark, WorkflowDefinition? definition)
    {
        var name = ProcedureDefinitions.NameOf(definition, bookmark.ActivityId);
        return new CaseWaitDto(bookmark.Id, bookmark.ActivityId, bookmark.EventName ?? string.Empty, name.Ar, name.En, StoredTimes.AsOffset(bookmark.CreatedAt));
    }

    public static bool IsHumanTask(Bookmark bookmark) => bookmark.Kind == BookmarkKind.HumanTask;

    private static List<TaskFormFieldDto> FormOf(ActivityDefinition? activity)
    {
        if (activity?.Property("form") is not { ValueKind: JsonValueKind.Array } form)
        {
            return [];
        }

        var fields = new List<TaskFormFieldDto>();
        foreach (var field in form.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.Object))
        {
            var key = field.TryGetProperty("key", out var k) ? k.GetString() ?? string.Empty : string.Empty;
            var type = field.TryGetProperty("type", out var t) ? t.GetString() ?? "text" : "text";
            var required = field.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
            var labelAr = key;
            var labelEn = key;
            if (field.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.Object)
            {
                labelAr = label.TryGetProperty("ar", out var ar) ? ar.GetString() ?? key : key;
                labelEn = label.TryGetProperty("en", out var en) ? en.GetString() ?? key : key;
            }

            fields.Add(new TaskFormFieldDto(key, type, required, labelAr, labelEn));
        }

        return fields;
    }
}
