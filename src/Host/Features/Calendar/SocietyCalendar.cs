using DomatAljandal.Domain.Calendar;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Calendar;

/// <summary>
/// The engine's working calendar in this service: the configured work week and the holidays admins maintain, read in
/// the society's time zone. A deadline of ten working days from a Thursday morning falls on the morning of the tenth
/// working day, Fridays, Saturdays and holidays skipped.
/// </summary>
public sealed class SocietyCalendar(AppDbContext db, IOptions<CalendarOptions> options) : IWorkingCalendar
{
    public async ValueTask<DateTimeOffset> AddWorkingDaysAsync(DateTimeOffset from, int days, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(from, DualDate.Riyadh);
        var start = DateOnly.FromDateTime(local.DateTime);
        // Holidays that may fall in the span: a year ahead covers any deadline the designer sets, with the holidays between.
        var horizon = start.AddDays(days * 3 + 366);
        var earliest = start.AddDays(-Holiday.MaxDays);
        var holidays = await db.Set<Holiday>().AsNoTracking()
            .Where(h => h.FirstDay >= earliest && h.FirstDay <= horizon)
            .ToListAsync(cancellationToken);
        var due = new WorkWeek(options.Value.WorkingDays, holidays).AddWorkingDays(start, days);
        return local.AddDays(due.DayNumber - start.DayNumber).ToOffset(from.Offset);
    }
}
