using System.Xml;
using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Workflows.Scheduling;

/// <summary>
/// How an activity's durations become instants: calendar time by default, or working days when the activity says
/// <c>"calendar": "working"</c> (then a duration is whole days, e.g. <c>P10D</c> = ten working days).
/// </summary>
public static class WorkflowDeadlines
{
    /// <summary>The activity property naming the calendar its durations count on.</summary>
    public const string CalendarProperty = "calendar";

    /// <summary>Durations count working days (<see cref="IWorkingCalendar"/>).</summary>
    public const string Working = "working";

    /// <summary>Durations count calendar time (the default).</summary>
    public const string Calendar = "calendar";

    /// <summary>The values <c>calendar</c> may take.</summary>
    public static IReadOnlyList<string> Calendars { get; } = [Calendar, Working];

    /// <summary>Whether the activity's durations count working days.</summary>
    public static bool CountsWorkingDays(ActivityDefinition activity) => activity.StringProperty(CalendarProperty) == Working;

    /// <summary>When the ISO-8601 <paramref name="duration"/> of <paramref name="activity"/> started at <paramref name="from"/> runs out.</summary>
    public static async ValueTask<DateTimeOffset> DueAtAsync(ActivityDefinition activity, string duration, DateTimeOffset from,
        IWorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var span = XmlConvert.ToTimeSpan(duration);
        if (!CountsWorkingDays(activity)) return from + span;
        return await calendar.AddWorkingDaysAsync(from, span.Days, cancellationToken) + (span - TimeSpan.FromDays(span.Days));
    }

    /// <summary>The calendar property's errors: an unknown value, or working days with a duration that is not whole days.</summary>
    public static IEnumerable<DefinitionValidationError> Validate(ActivityDefinition activity, string path, params string[] durationProperties)
    {
        if (activity.Property(CalendarProperty) is null) yield break;
        var value = activity.StringProperty(CalendarProperty);
        if (value is null || !Calendars.Contains(value))
        {
            yield return new($"{path}.{CalendarProperty}", ValidationCodes.InvalidProperty,
                $"'calendar' of '{activity.Id}' must be one of: {string.Join(", ", Calendars)}.",
                $"يجب أن تكون قيمة 'calendar' في الخطوة '{activity.Id}' واحدة من: {string.Join("، ", Calendars)}.");
            yield break;
        }
        if (value != Working) yield break;
        foreach (var property in durationProperties)
        {
            foreach (var (iso, at) in Durations(activity, property, path))
            {
                if (!TryParse(iso, out var span) || span.Ticks % TimeSpan.TicksPerDay == 0) continue;
                yield return new(at, ValidationCodes.InvalidDuration,
                    $"'{activity.Id}' counts working days: '{iso}' must be whole days (e.g. P10D).",
                    $"الخطوة '{activity.Id}' تحسب أيام العمل: يجب أن تكون المدة '{iso}' أيامًا كاملة (مثل P10D).");
            }
        }
    }

    private static IEnumerable<(string Iso, string Path)> Durations(ActivityDefinition activity, string property, string path)
    {
        if (activity.Property(property) is not { } value) yield break;
        if (value.ValueKind == System.Text.Json.JsonValueKind.String) yield return (value.GetString()!, $"{path}.{property}");
        if (value.ValueKind != System.Text.Json.JsonValueKind.Array) yield break;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == System.Text.Json.JsonValueKind.String) yield return (item.GetString()!, $"{path}.{property}[{index}]");
            index++;
        }
    }

    internal static bool TryParse(string? iso, out TimeSpan span)
    {
        span = default;
        if (string.IsNullOrWhiteSpace(iso)) return false;
        try
        {
            span = XmlConvert.ToTimeSpan(iso);
            return span > TimeSpan.Zero;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
