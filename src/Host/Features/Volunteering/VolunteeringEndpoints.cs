using System.Security.Claims;
using DomatAljandal.Host.Features.Portal;
using DomatAljandal.Host.Features.Workflows;
using DomatAljandal.Host.Identity;
using MediatR;
using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Volunteering;

/// <summary>Volunteering: staff keep opportunities and hours under <c>/api/volunteering</c>; members use <c>/api/portal/volunteering</c>.</summary>
public static class VolunteeringEndpoints
{
    public sealed record OpportunityBody(string? TitleAr, string? TitleEn, string? Description, string? Location, DateOnly? StartsOn, DateOnly? EndsOn,
        int? Slots, bool? IsOpen);

    public sealed record HoursBody(Guid? MemberId, Guid? OpportunityId, DateOnly? WorkedOn, decimal? Hours, string? Description);

    public static IEndpointRouteBuilder MapVolunteeringEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/volunteering").WithTags("Volunteering").RequireAuthorization(Policies.Staff).WritesCanConflict();
        staff.MapGet("/opportunities", async (bool? openOnly, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new Opportunities.List(openOnly ?? false, page, pageSize), ct)))
            .WithSummary("Volunteering opportunities, latest start first, with their sign-ups; paged.");
        staff.MapGet("/opportunities/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new Opportunities.Get(id), ct)))
            .WithSummary("An opportunity with the members who signed up.");
        staff.MapPost("/opportunities", async (OpportunityBody b, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var saved = await mediator.Send(new Opportunities.Save(null, b.TitleAr, b.TitleEn, b.Description, b.Location, b.StartsOn, b.EndsOn, b.Slots, b.IsOpen, Actor(user)), ct);
                return TypedResults.Created($"/api/volunteering/opportunities/{saved.Id}", saved);
            });
        staff.MapPut("/opportunities/{id:guid}", async (Guid id, OpportunityBody b, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new Opportunities.Save(id, b.TitleAr, b.TitleEn, b.Description, b.Location, b.StartsOn, b.EndsOn, b.Slots, b.IsOpen, Actor(user)), ct)))
            .WithSummary("Changes an opportunity; isOpen=false closes it to new sign-ups.");
        staff.MapDelete("/opportunities/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new Opportunities.Delete(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes an opportunity nobody joined (409 otherwise: close it).");
        staff.MapGet("/hours", async (Guid? memberId, bool? approved, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new Hours.List(memberId, approved, page, pageSize), ct)))
            .WithSummary("Logged volunteering hours, newest first (filters: memberId, approved); paged.");
        staff.MapPost("/hours", async (HoursBody b, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var logged = await mediator.Send(new Hours.Log(b.MemberId, b.OpportunityId, b.WorkedOn, b.Hours, b.Description, Actor(user)), ct);
                return TypedResults.Created($"/api/volunteering/hours/{logged.Id}", logged);
            })
            .WithSummary("Logs hours a member volunteered (approved separately).");
        staff.MapPost("/hours/{id:guid}/approve", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new Hours.Approve(id, Actor(user)), ct)));

        var portal = app.MapGroup("/api/portal/volunteering").WithTags("Member portal").RequireAuthorization(Policies.Member).WritesCanConflict();
        portal.MapGet("/opportunities", async (PortalMember me, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new MemberVolunteering.OpenOpportunities(me.MemberId, page, pageSize), ct)))
            .WithSummary("Open volunteering opportunities, with places left and whether I signed up; paged.");
        portal.MapPost("/opportunities/{id:guid}/signup", async (Guid id, PortalMember me, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new MemberVolunteering.SignUp(me.MemberId, id), ct)))
            .WithSummary("Signs me up (409 when already signed up or full).");
        portal.MapGet("/hours", async (PortalMember me, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new MemberVolunteering.MyHours(me.MemberId, page, pageSize), ct)))
            .WithSummary("My approved and pending hours in total, and a page of my logged entries.");
        return app;
    }

    private static string Actor(ClaimsPrincipal user) => user.ToWorkflowActor().Id;
}
