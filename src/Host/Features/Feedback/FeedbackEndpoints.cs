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

    public sealed record RecordBody(string? Kind, string? Subject, string? Text, string? Channel, Guid? MemberId, Guid? Department, Guid? CaseId, string? OwnerId);

    public sealed record AnswerBody(string? Answer);

    public sealed record ReplyBody(string? Text);

    public sealed record AssignBody(Guid? Department, string? OwnerId);

    public sealed record AdoptBody(string? Improvement);

    public sealed record RatingBody(int? Rating);

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
        portal.MapGet("/adopted", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new MemberFeedback.ListAdopted(page, pageSize), ct)))
            .WithSummary("Members' suggestions the society adopted and the improvement each made (no names); paged.");
        portal.MapGet("/{id:guid}", async (Guid id, PortalMember me, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new MemberFeedback.GetMine(me.MemberId, id), ct)))
            .WithSummary("One of my suggestions or complaints, with the society's answers.");
        portal.MapPost("/{id:guid}/rating", async (Guid id, RatingBody body, PortalMember me, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new MemberFeedback.Rate(me.MemberId, id, body.Rating), ct)))
            .WithSummary("Rates the society's answer to my suggestion or complaint, 1 to 5.");

        var staff = app.MapGroup("/api/feedback").WithTags("Suggestions and complaints").RequireAuthorization(Policies.Staff);
        staff.MapGet("/", async (FeedbackKind? kind, bool? answered, Guid? memberId, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new AnswerFeedback.List(kind, answered, page, pageSize, memberId), ct)))
            .WithSummary("Suggestions and complaints, unanswered first (filters: kind, answered, memberId); paged.");
        staff.MapPost("/", async (RecordBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var item = await mediator.Send(new AnswerFeedback.Record(body.Kind, body.Subject, body.Text, body.Channel, body.MemberId, body.Department,
                    body.CaseId, body.OwnerId, user.ToWorkflowActor().Id), ct);
                return TypedResults.Created($"/api/feedback/{item.Id}", item);
            })
            .WithSummary("Records a suggestion or complaint received by phone, at the desk or any channel (channel), for a member (memberId) or anonymous; department and owner optional.");
        staff.MapPost("/{id:guid}/replies", async (Guid id, ReplyBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new AnswerFeedback.Answer(id, body.Text, user.ToWorkflowActor().Id), ct)))
            .WithSummary("Adds an answer to the thread; the member is told through their channel.");
        staff.MapPost("/{id:guid}/answer", async (Guid id, AnswerBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new AnswerFeedback.Answer(id, body.Answer, user.ToWorkflowActor().Id), ct)))
            .WithSummary("The earlier form of /replies (body: answer).");
        staff.MapPost("/{id:guid}/assign", async (Guid id, AssignBody body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new AnswerFeedback.Assign(id, body.Department, body.OwnerId), ct)))
            .WithSummary("Gives it to a department and an owner.");
        staff.MapPost("/{id:guid}/adopt", async (Guid id, AdoptBody body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new AnswerFeedback.Adopt(id, body.Improvement), ct)))
            .RequireAuthorization(Policies.Managers)
            .WithSummary("Marks a suggestion adopted with the improvement made; members see it on the portal.");
        return app;
    }
}
