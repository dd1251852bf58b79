namespace DomatAljandal.Domain.Calendar;

/// <summary>
/// The society's working days and its holidays: a deadline counted in working days skips the days of the week off (by
/// default Friday and Saturday) and every holiday.
/// </summary>
public sealed class WorkWeek(IReadOnlyCollection<DayOfWeek> workingDays, IReadOnlyList<Holiday> holidays)
{
    /// <summary>Sunday to Thursday, the Kingdom's work week.</summary>
    public static IReadOnlyList<DayOfWeek> SundayToThursday { get; } =
        [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday];

    public bool IsWorkingDay(DateOnly day) => workingDays.Contains(day.DayOfWeek) && !holidays.Any(h => h.Covers(day));

    /// <summary>The day <paramref name="days"/> working days after <paramref name="from"/> (days off between skipped).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        if (workingDays.Count == 0)
        {
            throw new InvalidOperationException("A work week needs at least one working day.");
        }

        var day = from;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>
    /// How much of the span from <paramref name="start"/> to <paramref name="end"/> (local times of the society) falls on
    /// working days: a span from Thursday noon to Sunday noon is 24 hours (Thursday's afternoon and Sunday's morning).
    /// </summary>
    public TimeSpan WorkingTimeBetween(DateTime start, DateTime end)
    {
        if (end <= start)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        for (var dayStart = start.Date; dayStart < end; dayStart = dayStart.AddDays(1))
        {
            if (!IsWorkingDay(DateOnly.FromDateTime(dayStart)))
            {
                continue;
            }

            var from = dayStart < start ? start : dayStart;
            var dayEnd = dayStart.AddDays(1);
            total += (dayEnd < end ? dayEnd : end) - from;
        }

        return total;
    }
}
