using System.Security.Claims;
using DomatAljandal.Domain.Privacy;
using DomatAljandal.Host.Features.Portal;
using DomatAljandal.Host.Identity;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>
/// Personal data protection over HTTP: the privacy notice (anyone reads it, admins publish versions), the member's
/// consents in the portal, data-subject requests (the member or an officer opens one; managers follow, extend, export
/// and complete them) and the breach register (managers).
/// </summary>
public static class PrivacyEndpoints
{
    public sealed record NoticeBody(string? TextAr, string? TextEn);

    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/privacy-notice", async Task<Results<Ok<PrivacyNotices.NoticeDto>, NotFound>> (IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new PrivacyNotices.Current(), ct) is { } notice ? TypedResults.Ok(notice) : TypedResults.NotFound())
            .AllowAnonymous().WithTags("Privacy")
            .WithSummary("The current privacy notice (Arabic and English) with its version.");
        app.MapGet("/api/privacy-notice/versions", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PrivacyNotices.Versions(page, pageSize), ct)))
            .RequireAuthorization(Policies.Admin).WithTags("Privacy")
            .WithSummary("Every published version of the privacy notice, newest first; paged (admins).");
        app.MapPost("/api/privacy-notice", async (NoticeBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var notice = await mediator.Send(new PrivacyNotices.Publish(body.TextAr, body.TextEn, Actor(user)), ct);
                return TypedResults.Created("/api/privacy-notice", notice);
            })
            .RequireAuthorization(Policies.Admin).WithTags("Privacy")
            .WithSummary("Publishes a new version of the privacy notice (admins); earlier versions stay as they were shown.");

        var portal = app.MapGroup("/api/portal").WithTags("Member portal: my data").RequireAuthorization(Policies.Member).WritesCanConflict();
        portal.MapGet("/consents", async (PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MemberConsents.Query(me.MemberId), ct)))
            .WithSummary("My consents (to be contacted, to the processing of my data) and their history.");
        portal.MapPut("/consents", async (MemberConsents.ConsentsBody body, PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MemberConsents.Change(me.MemberId, body, me.Actor), ct)))
            .WithSummary("Gives or withdraws consents (null leaves one as it is), recorded as given in the portal with the privacy notice version shown.");
        portal.MapGet("/contact", async (PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Portal.Account.ChangeContact.Current(me), ct)))
            .WithSummary("My contact details as the society holds them: mobile and email.");
        portal.MapPost("/contact-change", async Task<Results<Ok<Portal.Account.ChangeContact.CodeSent>, ValidationProblem>> (
                    Portal.Account.ChangeContact.Body body, PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Portal.Account.ChangeContact.Request(me, body), ct)))
            .WithSummary("Asks to change my mobile or my email (one of them): a one-time code goes to the new address; nothing changes until it is entered (429 after five codes an hour).");
        portal.MapPost("/contact-change/confirm", async Task<Results<Ok<Portal.Account.ChangeContact.ContactDetails>, ValidationProblem>> (
                    Portal.Account.ChangeContact.ConfirmBody body, PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Portal.Account.ChangeContact.Confirm(me, body.Code), ct)))
            .WithSummary("Enters the code sent to the new address: the change takes effect, is audited, and the old address is told (400 wrong or expired code).");
        portal.MapGet("/data-requests", async (int? page, int? pageSize, PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DataRequests.List(null, me.MemberId, page, pageSize), ct)))
            .WithSummary("My requests about my personal data, with their due dates; paged.");
        portal.MapPost("/data-requests", async (DataRequests.OpenBody body, PortalMember me, IMediator mediator, CancellationToken ct) =>
            {
                var opened = await mediator.Send(new DataRequests.Open(me.MemberId, body, me.Actor, ByMember: true), ct);
                return TypedResults.Created($"/api/portal/data-requests/{opened.Id}", opened);
            })
            .WithSummary("Asks for access to, correction or erasure of my data (kind: Access | Correction | Erasure; details); answered within 30 days.");

        app.MapPost("/api/members/{memberId:guid}/data-requests", async (Guid memberId, DataRequests.OpenBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var opened = await mediator.Send(new DataRequests.Open(memberId, body, Actor(user), ByMember: false), ct);
                return TypedResults.Created($"/api/data-requests/{opened.Id}", opened);
            })
            .RequireAuthorization(Policies.Officers).WithTags("Data requests")
            .WithSummary("Records a member's data request made at the desk, by phone or by letter (kind: Access | Correction | Erasure; channel: Desk | Letter).");

        var requests = app.MapGroup("/api/data-requests").WithTags("Data requests").RequireAuthorization(Policies.Managers).WritesCanConflict();
        requests.MapGet("/", async (DataRequestStatus? status, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DataRequests.List(status, null, page, pageSize), ct)))
            .WithSummary("Data requests, open ones first by due date, with dueAt, daysLeft, status and isOverdue; paged.");
        requests.MapPost("/{id:guid}/extend", async (Guid id, DataRequests.ExtendBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DataRequests.Extend(id, body.Reason, Actor(user)), ct)))
            .WithSummary("Extends the deadline once by 30 days, with the reason (400 without one, a second time or once completed).");
        requests.MapGet("/{id:guid}/export", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MemberDataExport.ForRequest(id), ct)))
            .WithSummary("Everything held about the member, as JSON (the export is audited). The readable Arabic page is /data-requests/{id}/export.");
        requests.MapPost("/{id:guid}/complete", async (Guid id, DataRequests.CompleteBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DataRequests.Complete(id, body.Outcome, Actor(user)), ct)))
            .WithSummary("Completes the request with what was done; an erasure erases the member's data now and reports what was deleted and what was anonymized and kept.");

        var breaches = app.MapGroup("/api/breaches").WithTags("Breach register").RequireAuthorization(Policies.Managers);
        breaches.MapPost("/", async (Breaches.RecordBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var breach = await mediator.Send(new Breaches.Record(body, Actor(user)), ct);
                return TypedResults.Created($"/api/breaches/{breach.Id}", breach);
            })
            .WithSummary("Records a personal-data breach: the 72-hour clock for the notice to the authority starts at discoveredAt.");
        breaches.MapGet("/", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Breaches.List(page, pageSize), ct)))
            .WithSummary("The breach register, newest first, with noticeDueAt and hoursLeft; paged.");
        breaches.MapPut("/{id:guid}", async (Guid id, Breaches.RecordBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Breaches.Update(id, body.ActionsTaken, body.AuthorityNotifiedAt), ct)))
            .WithSummary("Records what was done and when the authority was notified (which stops the clock).");
        return app;
    }

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "staff";
}
