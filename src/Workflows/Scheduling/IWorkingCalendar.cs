namespace DomatAljandal.Workflows.Scheduling;

/// <summary>
/// The calendar a deadline counts on when its activity says <c>"calendar": "working"</c>: which days are working days
/// (a work week and holidays are the host's, e.g. Sunday to Thursday and the Eid holidays). The engine's default counts
/// every day; a host registers its own.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>
    /// The instant <paramref name="days"/> working days after <paramref name="from"/>, at the same time of day: each day
    /// counted is a working day, and days off between are skipped.
    /// </summary>
    ValueTask<DateTimeOffset> AddWorkingDaysAsync(DateTimeOffset from, int days, CancellationToken cancellationToken);
}

/// <summary>The engine's default: every day is a working day.</summary>
internal sealed class EveryDayCalendar : IWorkingCalendar
{
    public ValueTask<DateTimeOffset> AddWorkingDaysAsync(DateTimeOffset from, int days, CancellationToken cancellationToken) =>
        ValueTask.FromResult(from.AddDays(days));
}
