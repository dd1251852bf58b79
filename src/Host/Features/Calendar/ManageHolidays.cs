using DomatAljandal.Domain.Calendar;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Calendar;

/// <summary>The society's calendar as admins maintain it: the work week (configured) and the holidays of each year.</summary>
public static class ManageHolidays
{
    public sealed record Get : IRequest<CalendarDto>;

    public sealed record Add(string? NameAr, string? NameEn, DateEntry Calendar, int Year, int Month, int Day, int Days) : IRequest<HolidayDto>;

    public sealed record Remove(Guid Id) : IRequest<bool>;

    public sealed record CalendarDto(IReadOnlyList<DayOfWeek> WorkingDays, IReadOnlyList<HolidayDto> Holidays);

    /// <summary>A holiday with its first and last day (Gregorian; the UI shows them with the Hijri date).</summary>
    public sealed record HolidayDto(Guid Id, string NameAr, string? NameEn, DateOnly FirstDay, DateOnly LastDay, int Days, DateEntry EnteredIn);

    public static HolidayDto ToDto(Holiday h) => new(h.Id, h.NameAr, h.NameEn, h.FirstDay, h.LastDay, h.Days, h.EnteredIn);

    public sealed class Handler(AppDbContext db, IOptions<CalendarOptions> options)
        : IRequestHandler<Get, CalendarDto>, IRequestHandler<Add, HolidayDto>, IRequestHandler<Remove, bool>
    {
        public async Task<CalendarDto> Handle(Get request, CancellationToken cancellationToken)
        {
            var holidays = await db.Set<Holiday>().AsNoTracking().OrderBy(h => h.FirstDay).ToListAsync(cancellationToken);
            return new CalendarDto(options.Value.WorkingDays, [.. holidays.Select(ToDto)]);
        }

        public async Task<HolidayDto> Handle(Add request, CancellationToken cancellationToken)
        {
            var holiday = Holiday.Create(request.NameAr, request.NameEn, request.Calendar, request.Year, request.Month, request.Day, request.Days);
            db.Add(holiday);
            await db.SaveChangesAsync(cancellationToken);
            return ToDto(holiday);
        }

        public async Task<bool> Handle(Remove request, CancellationToken cancellationToken) =>
            await db.Set<Holiday>().Where(h => h.Id == request.Id).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
