using DomatAljandal.Domain.Calendar;
using DomatAljandal.Host.Identity;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DomatAljandal.Host.Features.Calendar;

/// <summary>The society's calendar under <c>/api/calendar</c>: staff read it, admins add and remove holidays.</summary>
public static class CalendarEndpoints
{
    public sealed record HolidayBody(string? NameAr, string? NameEn, DateEntry? Calendar, int Year, int Month, int Day, int? Days);

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendar").WithTags("Calendar");
        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ManageHolidays.Get(), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("The work week and the holidays that deadlines counted in working days skip.");
        group.MapPost("/holidays", async (HolidayBody body, IMediator mediator, CancellationToken ct) =>
            {
                var added = await mediator.Send(new ManageHolidays.Add(body.NameAr, body.NameEn, body.Calendar ?? DateEntry.Gregorian,
                    body.Year, body.Month, body.Day, body.Days ?? 1), ct);
                return TypedResults.Created($"/api/calendar/holidays/{added.Id}", added);
            })
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Adds a holiday entered in Hijri (calendar Hijri: 1 Shawwal 1448) or Gregorian, lasting days (default 1).");
        group.MapDelete("/holidays/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new ManageHolidays.Remove(id), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Admin);
        return app;
    }
}
