using System.Security.Claims;
using DomatAljandal.Host.Features.Members.Search;
using DomatAljandal.Host.Features.Privacy;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Localization;
using DomatAljandal.Host.Infrastructure.Spreadsheets;
using DomatAljandal.Host.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DomatAljandal.Host.Features.Members;

/// <summary>
/// The member registry over HTTP, for staff: register, read (audited), update with the version, search, and the audit
/// trail for managers. Each endpoint only sends a MediatR request (the Blazor pages send the same ones).
/// </summary>
public static class MembersEndpoints
{
    public sealed record RevealBody(string? Reason);

    public static IEndpointRouteBuilder MapMembersEndpoints(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/api/members").WithTags("Members").RequireAuthorization(Policies.Staff).WritesCanConflict();
        members.MapPost("/", async (MemberInput body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var member = await mediator.Send(new RegisterMember.Command(body, user.Identity?.Name ?? "staff"), ct);
                return TypedResults.Created($"/api/members/{member.Id}", member);
            })
            .WithSummary("Registers a member (400 naming the field, 409 when the national ID is registered; a shared mobile is a warning).");
        members.MapGet("/", async Task<Results<Ok<Paged<SearchMembers.MemberSearchHit>>, XlsxFile>> (string? q, int? page, int? pageSize, string? format,
                    ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                XlsxFile.Wanted(format)
                    ? new XlsxFile("members", [await mediator.Send(new ExportMembers.Query(q, Loc.IsArabic, IdentifierMasking.AppliesTo(user)), ct)])
                    : TypedResults.Ok(await mediator.Send(new SearchMembers.Query(q, page, pageSize, IdentifierMasking.AppliesTo(user)), ct)))
            .WithSummary("Searches by any part of the name, national ID, mobile or membership number (Arabic-aware, ranked, paged); no q lists the newest; " +
                         "?format=xlsx: every matching member as a workbook (audited).");
        // The refusals are thrown by the slice and answered by ProblemExceptionHandler; the typed result puts each in the document.
        members.MapGet("/{memberId:guid}", async Task<Results<Ok<MemberDetails>, NotFound<ProblemDetails>>> (Guid memberId, ClaimsPrincipal user, IMediator mediator,
                    CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMember.Query(memberId, IdentifierMasking.AppliesTo(user)), ct)))
            .WithSummary("A member's record (the read is audited); committee members and social researchers get the national ID and mobile masked.");
        members.MapPost("/{memberId:guid}/identifiers", async (Guid memberId, RevealBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RevealIdentifiers.Command(memberId, body.Reason), ct)))
            .WithSummary("Opens the member's national ID and mobile for a viewer who sees them masked; the reason is required and audited.");
        members.MapGet("/{memberId:guid}/recent-access", async (Guid memberId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecentAccess.Query(memberId), ct)))
            .WithSummary("The last ten reads and changes of the member's record: who and when.");
        members.MapPut("/{memberId:guid}", async Task<Results<Ok<MemberDetails>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>>> (
                    Guid memberId, MemberInput body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateMember.Command(memberId, body, user.Identity?.Name ?? "staff"), ct)))
            .WithSummary("Changes a member's record; send the version you edited (409 when stale). Every changed field is audited.");
        members.MapGet("/{memberId:guid}/audit", async (Guid memberId, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMemberAudit.Query(memberId, page, pageSize), ct)))
            .RequireAuthorization(Policies.Managers)
            .WithSummary("Who read or changed the member's record, with field-level changes (managers); newest first, paged.");
        return app;
    }
}
