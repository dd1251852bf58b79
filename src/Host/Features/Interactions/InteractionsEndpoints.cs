using System.Security.Claims;
using DomatAljandal.Host.Features.Workflows;
using DomatAljandal.Host.Identity;
using MediatR;

namespace DomatAljandal.Host.Features.Interactions;

/// <summary>The interaction log of a member over HTTP (staff).</summary>
public static class InteractionsEndpoints
{
    public sealed record LogInteractionBody(string? Channel, string? Direction, string? Subject, string? Summary, Guid? CaseId);

    public static IEndpointRouteBuilder MapInteractionsEndpoints(this IEndpointRouteBuilder app)
    {
        var interactions = app.MapGroup("/api/members/{memberId:guid}/interactions").WithTags("Interactions").RequireAuthorization(Policies.Staff);
        interactions.MapGet("/", async (Guid memberId, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListInteractions.Query(memberId, page, pageSize), ct)))
            .WithSummary("The member's interactions through the seven channels, newest first; paged.");
        interactions.MapPost("/", async (Guid memberId, LogInteractionBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var logged = await mediator.Send(new LogInteraction.Command(memberId, body.Channel, body.Direction, body.Subject, body.Summary, body.CaseId,
                    user.ToWorkflowActor().Id), ct);
                return TypedResults.Created($"/api/members/{memberId}/interactions/{logged.Id}", logged);
            })
            .WithSummary("Logs a contact: channel (InPerson, Phone, SocialMedia, Letter, AssistanceRequest, Volunteering, Website), direction (In/Out), subject, summary, caseId?; an incoming letter gets an incoming reference.");
        return app;
    }
}
