using System.Security.Claims;
using DomatAljandal.Host.Features.Portal;
using DomatAljandal.Host.Features.Workflows;
using DomatAljandal.Host.Identity;
using MediatR;

namespace DomatAljandal.Host.Features.Feedback;

/// <summary>Suggestions and complaints: members under <c>/api/portal/feedback</c> (their own only), staff under <c>/api/feedback</c>.</summary>
public static class FeedbackEndpoints
{
    public sealed record SubmitBody(string? Kind, string? Subject, string? Text, Guid? CaseId);

    public sealed record AnswerBody(string? Answer);

    public static IEndpointRouteBuilder MapFeedbackEndpoints(this IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/api/portal/feedback").WithTags("Member portal").RequireAuthorization(Policies.Member);
        portal.MapPost("/", async (SubmitBody body, PortalMember me, IMediator mediator, CancellationToken ct) =>
            {
                var item = await mediator.Send(new MemberFeedback.Submit(me.MemberId, body.Kind, body.Subject, body.Text, body.CaseId), ct);
                return TypedResults.Created($"/api/portal/feedback/{item.Id}", item);
            })
            .WithSummary("Submits a suggestion or complaint (kind Suggestion/Complaint) and returns its reference, e.g. DJ-S-1448-000003.");
        portal.MapGet("/", async (PortalMember me, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new MemberFeedback.ListMine(me.MemberId, page, pageSize), ct)))
            .WithSummary("My suggestions and complaints, newest first; paged.");
        portal.MapGet("/{id:guid}", async (Guid id, PortalMember me, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new MemberFeedback.GetMine(me.MemberId, id), ct)))
            .WithSummary("One of my suggestions or complaints, with the society's answer.");

        var staff = app.MapGroup("/api/feedback").WithTags("Suggestions and complaints").RequireAuthorization(Policies.Staff);
        staff.MapGet("/", async (FeedbackKind? kind, bool? answered, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new AnswerFeedback.List(kind, answered, page, pageSize), ct)))
            .WithSummary("Suggestions and complaints, unanswered first (filters: kind, answered); paged.");
        staff.MapPost("/{id:guid}/answer", async (Guid id, AnswerBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new AnswerFeedback.Answer(id, body.Answer, user.ToWorkflowActor().Id), ct)));
        return app;
    }
}
