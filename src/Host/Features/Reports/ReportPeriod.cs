using DomatAljandal.Domain.Dates;
using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Reports;

/// <summary>
/// The period a report covers, [<see cref="From"/>, <see cref="To"/>): by default the twelve weeks up to now; at most a
/// year and a half, so a report stays one bounded read. Weeks start on Sunday in the society's time zone.
/// </summary>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To)
{
    public static readonly TimeSpan DefaultLength = TimeSpan.FromDays(84);
    public static readonly TimeSpan MaxLength = TimeSpan.FromDays(549);

    /// <summary>How long the default view of a report (no period given) is kept before it is computed again.</summary>
    public static readonly TimeSpan DefaultViewLifetime = TimeSpan.FromMinutes(1);

    /// <exception cref="ProblemException">400 naming <c>to</c> when the period is empty, reversed or too long.</exception>
    public static ReportPeriod Of(DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset now)
    {
        var end = to ?? now;
        var start = from ?? end - DefaultLength;
        if (end <= start)
        {
            throw ProblemException.Validation("to", "يجب أن تكون نهاية الفترة بعد بدايتها.", "The period must end after it starts.");
        }

        if (end - start > MaxLength)
        {
            throw ProblemException.Validation("to", "الفترة أطول من سنة ونصف؛ اختر فترة أقصر.", "The period is longer than a year and a half; choose a shorter one.");
        }

        return new ReportPeriod(start.ToUniversalTime(), end.ToUniversalTime());
    }

    /// <summary>The starts of the weeks (Sunday 00:00 in Riyadh) that overlap the period, as instants.</summary>
    public IReadOnlyList<DateTimeOffset> WeekStarts()
    {
        var local = TimeZoneInfo.ConvertTime(From, DualDate.Riyadh);
        var first = local.Date.AddDays(-(int)local.DayOfWeek);
        var weeks = new List<DateTimeOffset>();
        for (var day = first; ; day = day.AddDays(7))
        {
            var start = new DateTimeOffset(day, DualDate.Riyadh.GetUtcOffset(day));
            if (start >= To)
            {
                return weeks;
            }

            weeks.Add(start.ToUniversalTime());
        }
    }
}
