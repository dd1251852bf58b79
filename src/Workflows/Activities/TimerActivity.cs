using System.Globalization;
using System.Text.Json;
using System.Xml;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Workflows.Activities;

/// <summary>Waits for <c>duration</c> (ISO-8601) or until the date <c>until</c> evaluates to; outcome <c>Done</c>.</summary>
public sealed class TimerActivity : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "Timer",
        "Waits for a duration or until a date held in the variables.",
        [
            new("duration", ActivityPropertyKind.Duration, false, "ISO-8601 duration, e.g. P14D. Set this or 'until'."),
            new("until", ActivityPropertyKind.Expression, false, "Expression giving an ISO-8601 date/time or Unix milliseconds, e.g. variables.meetingDate."),
        ],
        Outcomes: ["Done"],
        IsBlocking: true);

    /// <inheritdoc />
    public IEnumerable<DefinitionValidationError> Validate(ActivityDefinition activity, string path)
    {
        var hasDuration = activity.Property("duration") is not null;
        var hasUntil = activity.Property("until") is not null;
        if (hasDuration == hasUntil)
            yield return new(path, hasDuration ? ValidationCodes.InvalidProperty : ValidationCodes.MissingProperty,
                $"Timer '{activity.Id}' needs exactly one of 'duration' or 'until'.",
                $"يحتاج المؤقت '{activity.Id}' إلى واحدة فقط من: المدة ('duration') أو التاريخ ('until').");
    }

    /// <inheritdoc />
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var dueAt = activity.StringProperty("duration") is { } duration
            ? context.Now + XmlConvert.ToTimeSpan(duration)
            : ParseDate(context.Evaluate(activity.StringProperty("until")!)?.ToJsonString(), activity.Id);
        return ValueTask.FromResult(dueAt <= context.Now
            ? ActivityResult.Continue("Done")
            : ActivityResult.Wait(BookmarkKind.Timer, ["Done"], dueAt: dueAt));
    }

    private static DateTimeOffset ParseDate(string? json, string activityId)
    {
        using var doc = json is null ? null : JsonDocument.Parse(json);
        var value = doc?.RootElement;
        if (value is { ValueKind: JsonValueKind.Number } n) return DateTimeOffset.FromUnixTimeMilliseconds(n.GetInt64());
        if (value is { ValueKind: JsonValueKind.String } s
            && DateTimeOffset.TryParse(s.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            return date;
        throw new InvalidOperationException($"Timer '{activityId}': 'until' did not give a date (got {json ?? "null"}).");
    }
}
