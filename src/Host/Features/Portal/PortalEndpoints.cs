using System.Security.Claims;
using System.Text.Json.Nodes;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Attachments;
using DomatAljandal.Host.Features.Portal.Account;
using DomatAljandal.Host.Features.Portal.Requests;
using DomatAljandal.Host.Features.ServiceCatalog;
using DomatAljandal.Host.Features.Workflows;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace DomatAljandal.Host.Features.Portal;

/// <summary>
/// The member portal over HTTP. Member endpoints take a <see cref="PortalMember"/> — bound from the signed-in account,
/// never from the request — and pass its member id into every query; case endpoints are also gated by
/// <see cref="MemberCaseScope{TRequest,TResponse}"/>. Another member's ids answer 404.
/// </summary>
public static class PortalEndpoints
{
    private const long MaxUploadRequestBytes = AttachmentPolicy.MaxSizeBytes + (1024 * 1024);

    public sealed record PortalAccountBody(string? Email);

    public sealed record ActivationBody(string? Email, string? Code, string? Password);

    public sealed record LinkBody(string? NationalId, string? Mobile);

    public sealed record LinkConfirmBody(Guid VerificationId, string? Code, string? Email, string? Password);

    public sealed record ResetBody(string? Email);

    public sealed record ResetConfirmBody(string? Email, string? Code, string? NewPassword);

    public sealed record SubmitBody(string? ServiceType, JsonObject? Data);

    public sealed record ReplyBody(JsonObject? Data, string? Comment);

    public sealed record WithdrawBody(string? Reason);

    public sealed record SignBody(string? Password, string? Code);

    public sealed record RejectBody(string? Reason);

    public sealed record MeDto(string Status, Guid? MemberId, string? Email, string? FullName);

    public static IEndpointRouteBuilder MapPortalEndpoints(this IEndpointRouteBuilder app)
    {
        MapStaff(app);
        MapSignUp(app);
        MapMember(app);
        return app;
    }

    private static void MapStaff(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/members/{memberId:guid}/portal-account", async (Guid memberId, PortalAccountBody body, IMediator mediator, CancellationToken ct) =>
            {
                var account = await mediator.Send(new CreatePortalAccount.Command(memberId, body.Email), ct);
                return TypedResults.Created($"/api/members/{memberId}", account);
            })
            .RequireAuthorization(Policies.Officers).WithTags("Member portal (staff)")
            .WithSummary("Opens a portal account (role Member) for the member and sends them an activation code to set their password: 409 when they have one or the email is taken.");

        var registrations = app.MapGroup("/api/portal-registrations").WithTags("Member portal (staff)").RequireAuthorization(Policies.Staff).WritesCanConflict();
        registrations.MapGet("/", async (PendingRegistrationStatus? status, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PendingRegistrations.List(status, page, pageSize), ct)))
            .WithSummary("Portal sign-ups without a member record, oldest first (status: Pending by default, Approved, Rejected); paged.");
        registrations.MapPost("/{id:guid}/approve", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PendingRegistrations.Approve(id, Actor(user)), ct)))
            .WithSummary("Registers the applicant as a member and links their portal account.");
        registrations.MapPost("/{id:guid}/reject", async (Guid id, RejectBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PendingRegistrations.Reject(id, body.Reason, Actor(user)), ct)))
            .WithSummary("Refuses the registration, with the reason.");
    }

    private static void MapSignUp(IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/portal").WithTags("Member portal: sign-up").AllowAnonymous().WritesCanConflict();
        open.MapPost("/signup/link", async (LinkBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SignUp.Start(body.NationalId, body.Mobile), ct)))
            .RequireRateLimiting(Throttles.SignUp)
            .WithSummary("Sign-up for a member on record: national ID + mobile → a one-time code by SMS or email (valid 10 minutes, 5 tries).");
        open.MapPost("/signup/link/confirm", async (LinkConfirmBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SignUp.Complete(body.VerificationId, body.Code, body.Email, body.Password), ct)))
            .RequireRateLimiting(Throttles.SignUp)
            .WithSummary("The code, email and password: opens the account linked to the member record.");
        open.MapPost("/signup/apply", async (SignUp.Apply body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(body, ct)))
            .RequireRateLimiting(Throttles.SignUp)
            .WithSummary("Sign-up without a member record: the account opens as pending until staff approve the registration. The same answer when the national ID is on record or waiting, or the email has an account (nothing is opened then).");
        open.MapPost("/password-reset", async (ResetBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, await mediator.Send(new ResetPassword.Start(body.Email), ct)))
            .RequireRateLimiting(Throttles.PasswordReset)
            .WithSummary("Sends a one-time code to reset the password (the same answer whether or not the account exists).");
        open.MapPost("/password-reset/confirm", async (ResetConfirmBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ResetPassword.Complete(body.Email, body.Code, body.NewPassword), ct)))
            .RequireRateLimiting(Throttles.PasswordReset)
            .WithSummary("The code and the new password.");
        open.MapPost("/activation", async (ActivationBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ActivatePortalAccount.Command(body.Email, body.Code, body.Password), ct)))
            .RequireRateLimiting(Throttles.Codes)
            .WithSummary("Activates an account the desk opened: the email, the six-digit activation code sent to the member and the password they choose.");
    }

    private static void MapMember(IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/api/portal").WithTags("Member portal").RequireAuthorization(Policies.Member).WritesCanConflict();
        portal.MapGet("/me", async (ClaimsPrincipal user, HttpContext http) =>
            {
                var state = await PortalAccountState.OfAsync(user, http.RequestServices, http.RequestAborted);
                return TypedResults.Ok(new MeDto(state.Member is not null ? "Active" : state.IsPending ? "Pending" : "None",
                    state.Member?.MemberId, state.Email, state.FullName));
            })
            .WithSummary("The account's state: Active (linked to a member) or Pending (waiting for staff approval).");
        portal.MapGet("/services", async (PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListServiceTypes.Query(), ct)))
            .WithSummary("The services a member can ask for, each with its checklist (fields and documents).");

        portal.MapGet("/requests", async (PortalMember me, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMyRequests.Query(me.MemberId, page, pageSize), ct)))
            .WithSummary("My requests, newest first, with status, step and what is asked of me; paged.");
        portal.MapPost("/requests", async (SubmitBody body, PortalMember me, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var opened = await mediator.Send(new SubmitRequest.Command(me.MemberId, body.ServiceType, body.Data, user.ToWorkflowActor()), ct);
                return TypedResults.Created($"/api/portal/requests/{opened.Id}", new { opened.Id, opened.Reference });
            })
            .WithSummary("Submits a service request (channel Website): serviceType and data per the service's checklist.");
        portal.MapGet("/requests/{caseId:guid}", async (Guid caseId, PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TrackRequest.Query(me.MemberId, caseId), ct)))
            .WithSummary("Tracks a request: the stages of its procedure, what is asked of me, my documents, the declaration, the decision and letters.");
        portal.MapPost("/requests/{caseId:guid}/attachments", async (Guid caseId, HttpRequest request, PortalMember me, IMediator mediator, CancellationToken ct) =>
            {
                var form = await UploadForm.ReadAsync(request, "file", ct);
                var file = form.Files.GetFile("file") ?? throw ProblemException.Validation("file", "أرفق الملف في حقل النموذج file.", "Attach the file as the form field 'file'.");
                await using var content = file.OpenReadStream();
                var added = await mediator.Send(new MemberCaseActions.Attach(me.MemberId, caseId,
                    new UploadedFile(file.FileName, file.ContentType, file.Length, content), form["documentKey"].FirstOrDefault(), me.Actor), ct);
                return TypedResults.Ok(added.Attachment);
            })
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadRequestBytes))
            .WithSummary("Uploads a document (PDF, JPEG or PNG up to 10 MB; multipart: file, documentKey?).");
        portal.MapGet("/requests/{caseId:guid}/attachments/{attachmentId:guid}", async (Guid caseId, Guid attachmentId, PortalMember me, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new MemberCaseActions.OpenAttachment(me.MemberId, caseId, attachmentId), ct);
                return TypedResults.File(file.Stream, file.ContentType, file.FileName);
            })
            .WithMetadata(SandboxedDownload.Instance)
            .WithSummary("Downloads one of the request's documents.");
        portal.MapPost("/requests/{caseId:guid}/reply", async (Guid caseId, ReplyBody body, PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MemberCaseActions.Reply(me.MemberId, caseId, body.Data, body.Comment, me.Actor), ct)))
            .WithSummary("Answers a request for missing information (data and a comment); the request goes back to verification.");
        portal.MapPost("/requests/{caseId:guid}/withdraw", async (Guid caseId, WithdrawBody body, PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MemberCaseActions.Withdraw(me.MemberId, caseId, body.Reason, me.Actor), ct)))
            .WithSummary("Withdraws my open request, with a reason; it closes and I am told.");
        portal.MapGet("/requests/{caseId:guid}/declaration", async (Guid caseId, PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SignDeclaration.GetText(me.MemberId, caseId), ct)))
            .WithSummary("The declaration to sign (text and version), whether it is awaited, and the signature once given.");
        portal.MapPost("/requests/{caseId:guid}/declaration/code", async (Guid caseId, PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SignDeclaration.SendCode(me.MemberId, caseId), ct)))
            .RequireRateLimiting(Throttles.Codes)
            .WithSummary("Sends a one-time code to sign the declaration with.");
        portal.MapPost("/requests/{caseId:guid}/declaration", async (Guid caseId, SignBody body, PortalMember me, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SignDeclaration.Sign(me.MemberId, caseId, me.UserId, body.Password, body.Code,
                    http.Connection.RemoteIpAddress?.ToString(), me.Actor), ct)))
            .RequireRateLimiting(Throttles.SignIn)
            .WithSummary("Signs the declaration with the password or a one-time code; the request goes on to the research committee.");
        portal.MapGet("/requests/{caseId:guid}/letters/{letterId:guid}", async (Guid caseId, Guid letterId, PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MemberCaseActions.OpenLetter(me.MemberId, caseId, letterId), ct)))
            .WithSummary("A letter of the request, printable.");
    }

    private static string Actor(ClaimsPrincipal user) => user.ToWorkflowActor().Id;
}
