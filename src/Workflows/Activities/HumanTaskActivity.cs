using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Scheduling;

namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// Waits for a person in <c>role</c> to resume with one of the declared <c>outcomes</c>, filling the optional
/// <c>form</c>. An optional <c>deadline</c> (ISO-8601 duration) creates a durable timer; when it passes the
/// breach is recorded, <see cref="DeadlineBreached"/> is published and, if connected, the <c>Timeout</c> outcome is taken.
/// With <c>"calendar": "working"</c> the deadline counts working days (<see cref="IWorkingCalendar"/>). With
/// <c>approvals</c> above 1 the task takes that many votes of distinct people: an outcome is taken once more than half of
/// <c>approvals</c> voted for it (see <see cref="Tasks.IWorkflowTasks.CompleteAsync"/>).
/// </summary>
public sealed class HumanTaskActivity : IResumableActivity
{
    /// <summary>The implicit outcome taken when the deadline passes (if connected).</summary>
    public const string TimeoutOutcome = "Timeout";

    /// <summary>Form field types.</summary>
    public static readonly IReadOnlyList<string> FieldTypes = ["text", "number", "boolean", "date"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "HumanTask",
        "Waits for a person holding a role to complete a task with one of the declared outcomes.",
        [
            new("role", ActivityPropertyKind.Text, true, "The role whose members may complete the task.", CatalogKind.Role),
            new("outcomes", ActivityPropertyKind.Outcomes, true, "The outcomes the person chooses from (an id, or { id, name: { ar, en } })."),
            new("form", ActivityPropertyKind.Form, false, "Fields the person fills: key, type (text, number, boolean, date), required, label."),
            new("deadline", ActivityPropertyKind.Duration, false, "ISO-8601 duration after which the task is breached (e.g. P14D)."),
            new(WorkflowDeadlines.CalendarProperty, ActivityPropertyKind.Text, false, "What the deadline counts: calendar (default) or working days."),
            new("approvals", ActivityPropertyKind.Number, false, "How many distinct people vote (default 1); the majority decides."),
        ],
        Outcomes: [],
        OutcomesProperty: "outcomes",
        OptionalOutcomes: [TimeoutOutcome],
        IsBlocking: true);

    /// <inheritdoc />
    public IReadOnlyList<string> GetOutcomes(ActivityDefinition activity)
    {
        var declared = activity.OutcomesProperty("outcomes").Select(o => o.Id).ToList();
        return activity.StringProperty("deadline") is not null && !declared.Contains(TimeoutOutcome)
            ? [.. declared, TimeoutOutcome]
            : declared;
    }

    /// <summary>How many distinct people must vote on the task (1 unless <c>approvals</c> says more).</summary>
    public static int ApprovalsOf(ActivityDefinition activity) =>
        activity.Property("approvals") is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var approvals) && approvals > 1 ? approvals : 1;

    /// <inheritdoc />
    public IEnumerable<DefinitionValidationError> Validate(ActivityDefinition activity, string path)
    {
        foreach (var error in WorkflowDeadlines.Validate(activity, path, "deadline")) yield return error;
        var outcomes = activity.OutcomesProperty("outcomes").Select(o => o.Id).ToList();
        if (activity.Property("outcomes") is { ValueKind: JsonValueKind.Array } && outcomes.Count == 0)
            yield return new($"{path}.outcomes", ValidationCodes.InvalidProperty, $"Human task '{activity.Id}' must declare at least one outcome.",
                $"يجب أن تعلن مهمة الموظف '{activity.Id}' نتيجة واحدة على الأقل.");

        if (activity.Property("form") is not { ValueKind: JsonValueKind.Array } form) yield break;
        var index = 0;
        foreach (var field in form.EnumerateArray())
        {
            var fieldPath = $"{path}.form[{index++}]";
            if (field.ValueKind != JsonValueKind.Object)
            {
                yield return new(fieldPath, ValidationCodes.InvalidProperty, "A form field must be an object.", "يجب أن يكون حقل النموذج كائنًا.");
                continue;
            }
            if (!field.TryGetProperty("key", out var key) || key.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(key.GetString()))
                yield return new($"{fieldPath}.key", ValidationCodes.MissingProperty, "A form field needs a 'key'.", "يحتاج حقل النموذج إلى مفتاح ('key').");
            if (field.TryGetProperty("type", out var type) && (type.ValueKind != JsonValueKind.String || !FieldTypes.Contains(type.GetString())))
                yield return new($"{fieldPath}.type", ValidationCodes.InvalidProperty, $"Form field type must be one of: {string.Join(", ", FieldTypes)}.",
                    $"يجب أن يكون نوع الحقل واحدًا من: {string.Join("، ", FieldTypes)}.");
            if (field.TryGetProperty("required", out var required) && required.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                yield return new($"{fieldPath}.required", ValidationCodes.InvalidProperty, "'required' must be true or false.",
                    "يجب أن تكون قيمة 'required' صحيحًا أو خطأً (true أو false).");
        }
    }

    /// <inheritdoc />
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        DateTimeOffset? dueAt = activity.StringProperty("deadline") is { } deadline
            ? await WorkflowDeadlines.DueAtAsync(activity, deadline, context.Now, context.Calendar, cancellationToken)
            : null;
        return ActivityResult.Wait(
            BookmarkKind.HumanTask, activity.OutcomesProperty("outcomes").Select(o => o.Id).ToList(), activity.StringProperty("role"), dueAt);
    }

    /// <inheritdoc />
    public void ApplyResume(ActivityDefinition activity, string outcome, JsonObject? data, JsonObject variables)
    {
        if (activity.Property("form") is not { ValueKind: JsonValueKind.Array } form) return;
        foreach (var field in form.EnumerateArray())
        {
            if (field.ValueKind != JsonValueKind.Object || !field.TryGetProperty("key", out var keyElement)) continue;
            var key = keyElement.GetString()!;
            var type = field.TryGetProperty("type", out var t) ? t.GetString() : "text";
            var required = field.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
            var labelAr = field.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.Object
                          && label.TryGetProperty("ar", out var ar) && ar.ValueKind == JsonValueKind.String ? ar.GetString() : key;
            var value = data?[key];
            if (value is null || (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>())))
            {
                if (required) throw new InvalidResumeDataException(key, $"The field '{key}' is required.", $"الحقل «{labelAr}» مطلوب.");
                continue;
            }
            if (!HasType(value, type))
                throw new InvalidResumeDataException(key, $"The field '{key}' must be a {type}.", $"قيمة الحقل «{labelAr}» غير صالحة ({TypeNameAr(type)}).");
            variables[key] = value.DeepClone();
        }
    }

    private static string TypeNameAr(string? type) => type switch
    {
        "number" => "يجب أن تكون رقمًا",
        "boolean" => "يجب أن تكون نعم أو لا",
        "date" => "يجب أن تكون تاريخًا",
        _ => "يجب أن تكون نصًا",
    };

    private static bool HasType(JsonNode value, string? type) => type switch
    {
        "number" => value.GetValueKind() == JsonValueKind.Number,
        "boolean" => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "date" => value.GetValueKind() == JsonValueKind.String
                  && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
        _ => value.GetValueKind() == JsonValueKind.String,
    };
}
