using System.Text.Json;
using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Scheduling;

namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// Waits for the event <c>eventName</c> (e.g. a member's signature arriving from the portal); outcome <c>Done</c>.
/// The event's data is stored in <c>resultVariable</c> when set. A wait may remind and lapse: after each of
/// <c>reminders</c> (ISO-8601 durations from the start of the wait) the notification <c>reminderTemplate</c> is sent, and
/// after <c>lapse</c> the wait ends with the outcome <c>Lapsed</c>; <c>"calendar": "working"</c> counts them in working days.
/// </summary>
public sealed class WaitForEventActivity : IResumableActivity
{
    /// <summary>The outcome taken when the wait lapses.</summary>
    public const string LapsedOutcome = "Lapsed";

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "WaitForEvent",
        "Waits for a named event raised for this instance.",
        [
            new("eventName", ActivityPropertyKind.Text, true, "The event's name, e.g. DeclarationSigned."),
            new("resultVariable", ActivityPropertyKind.Text, false, "Variable that receives the event's data."),
            new("reminders", ActivityPropertyKind.TextList, false, "ISO-8601 durations from the start of the wait after which a reminder is sent (e.g. P3D, P7D)."),
            new("reminderTemplate", ActivityPropertyKind.Text, false, "The notification template of the reminders.", CatalogKind.NotificationTemplate),
            new("lapse", ActivityPropertyKind.Duration, false, "ISO-8601 duration after which the wait ends with the outcome Lapsed (e.g. P30D)."),
            new(WorkflowDeadlines.CalendarProperty, ActivityPropertyKind.Text, false, "What the durations count: calendar (default) or working days."),
        ],
        Outcomes: ["Done"],
        IsBlocking: true);

    /// <inheritdoc />
    public IReadOnlyList<string> GetOutcomes(ActivityDefinition activity) =>
        activity.StringProperty("lapse") is not null ? ["Done", LapsedOutcome] : ["Done"];

    /// <inheritdoc />
    public IEnumerable<DefinitionValidationError> Validate(ActivityDefinition activity, string path)
    {
        foreach (var error in WorkflowDeadlines.Validate(activity, path, "reminders", "lapse")) yield return error;
        if (activity.Property("reminders") is not { ValueKind: JsonValueKind.Array } reminders) yield break;
        var index = 0;
        foreach (var reminder in reminders.EnumerateArray())
        {
            if (reminder.ValueKind == JsonValueKind.String && !WorkflowDeadlines.TryParse(reminder.GetString(), out _))
                yield return new($"{path}.reminders[{index}]", ValidationCodes.InvalidDuration,
                    $"Reminder {index + 1} of '{activity.Id}' is not an ISO-8601 duration (e.g. P3D): {reminder.GetRawText()}.",
                    $"التذكير {index + 1} في الخطوة '{activity.Id}' ليس مدة بصيغة ISO-8601 (مثل P3D): {reminder.GetRawText()}.");
            index++;
        }
        if (index > 0 && activity.StringProperty("reminderTemplate") is null)
            yield return new($"{path}.reminderTemplate", ValidationCodes.MissingProperty,
                $"'{activity.Id}' has reminders but no 'reminderTemplate' to send.",
                $"للخطوة '{activity.Id}' تذكيرات بلا قالب إشعار ('reminderTemplate').");
    }

    /// <inheritdoc />
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var reminders = new List<DateTimeOffset>();
        foreach (var reminder in activity.StringListProperty("reminders"))
            reminders.Add(await WorkflowDeadlines.DueAtAsync(activity, reminder, context.Now, context.Calendar, cancellationToken));
        DateTimeOffset? lapsesAt = activity.StringProperty("lapse") is { } lapse
            ? await WorkflowDeadlines.DueAtAsync(activity, lapse, context.Now, context.Calendar, cancellationToken)
            : null;
        return ActivityResult.Wait(BookmarkKind.Event, [.. GetOutcomes(activity)], dueAt: lapsesAt,
            eventName: activity.StringProperty("eventName"), reminders: reminders);
    }

    /// <inheritdoc />
    public void ApplyResume(ActivityDefinition activity, string outcome, JsonObject? data, JsonObject variables)
    {
        if (outcome == LapsedOutcome) return;
        if (activity.StringProperty("resultVariable") is { } name) variables[name] = data?.DeepClone();
    }
}
