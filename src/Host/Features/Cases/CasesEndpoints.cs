using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Attachments;
using DomatAljandal.Host.Features.Cases.Letters;
using DomatAljandal.Host.Features.Cases.Tasks;
using DomatAljandal.Host.Features.Workflows;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Infrastructure.Spreadsheets;
using DomatAljandal.Host.Localization;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>
/// Cases, the task inbox and the SLA view over HTTP. Every endpoint only sends a MediatR request (the Blazor pages send
/// the same ones); errors become problem details in <c>ProblemExceptionHandler</c>. Member data is for staff only.
/// </summary>
public static class CasesEndpoints
{
    private const long MaxUploadRequestBytes = AttachmentPolicy.MaxSizeBytes + (1024 * 1024);

    public sealed record OpenCaseBody(Guid? MemberId, OpenCase.NewMember? Member, string? ServiceType, string? Channel, JsonObject? Data);

    public sealed record CompleteTaskBody(string? Outcome, JsonObject? Data, string? Comment, int? Version);

    public sealed record NoteBody(string? Text, int? Version);

    public sealed record MemberReplyBody(JsonObject? Data, string? Comment, int? Version);

    public sealed record LetterBody(string? Kind, string? Language);

    public sealed record WithdrawBody(string? Reason, int? Version);

    public static IEndpointRouteBuilder MapCasesEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization(Policies.Staff).WritesCanConflict();
        cases.MapPost("/", async (OpenCaseBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var opened = await mediator.Send(new OpenCase.Command(body.MemberId, body.Member, body.ServiceType, body.Channel, body.Data, user.ToWorkflowActor()), ct);
                return TypedResults.Created($"/api/cases/{opened.Id}", opened);
            })
            .WithSummary("Opens a case (step 1) and starts its workflow, in one transaction.");
        cases.MapGet("/", async Task<Results<Ok<Paged<ListCases.CaseListItem>>, XlsxFile, ValidationProblem>> (CaseStatus? status, string? step,
                    string? assignee, bool? breached, Guid? memberId, string? serviceType, int? page, int? pageSize, string? format, IMediator mediator,
                    CancellationToken ct) =>
                {
                    var query = new ListCases.Query(status, step, assignee, breached, memberId, serviceType, page, pageSize);
                    return XlsxFile.Wanted(format)
                        ? new XlsxFile("cases", [await mediator.Send(new ExportCases.Query(query, Loc.IsArabic), ct)])
                        : TypedResults.Ok(await mediator.Send(query, ct));
                })
            .WithSummary("Cases, newest first; filters: status, step (a stage id), assignee, breached, memberId, serviceType; paged; " +
                         "?format=xlsx: every matching case as a workbook (audited).");
        cases.MapGet("/{caseId:guid}", async Task<Results<Ok<GetCase.CaseDetails>, NotFound<ProblemDetails>>> (Guid caseId, ClaimsPrincipal user, IMediator mediator,
                    CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCase.Query(caseId, Privacy.IdentifierMasking.AppliesTo(user)), ct)))
            .WithSummary("A case with its member, step tracker, open tasks, timeline, notes, attachments, letters and communications; committee members " +
                         "and social researchers get national IDs and mobiles masked, the member's and any in the case's data.");
        cases.MapPost("/{caseId:guid}/identifiers", async Task<Results<Ok<Privacy.RevealIdentifiers.CaseIdentifiers>, NotFound<ProblemDetails>, ValidationProblem>> (
                    Guid caseId, Members.MembersEndpoints.RevealBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Privacy.RevealIdentifiers.CaseCommand(caseId, body.Reason), ct)))
            .WithSummary("Opens the case member's national ID and mobile and the case's data that held one, for a viewer who sees them masked; " +
                         "the reason is required and audited on the member's record.");
        // The refusals are thrown by the slice and answered by ProblemExceptionHandler; the typed result puts each in the document.
        cases.MapPost("/{caseId:guid}/tasks/{taskId:guid}/complete", async Task<Results<Ok<CompleteCaseTask.Result>, NotFound<ProblemDetails>, ValidationProblem,
                    Conflict<ProblemDetails>, ForbidHttpResult>> (Guid caseId, Guid taskId, CompleteTaskBody body, ClaimsPrincipal user,
                    IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CompleteCaseTask.Command(caseId, taskId, body.Outcome, body.Data, body.Comment, body.Version,
                    user.ToWorkflowActor()), ct)))
            .WithSummary("Completes a task with an outcome, its form data and a comment (403 wrong role, 409 already done, 400 undeclared outcome or missing field).");
        cases.MapPost("/{caseId:guid}/notes", async Task<Results<Ok<AddCaseNote.Result>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>>> (
                    Guid caseId, NoteBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AddCaseNote.Command(caseId, body.Text, body.Version, Actor(user)), ct)))
            .WithSummary("Adds a note to a case.");
        cases.MapPost("/{caseId:guid}/attachments", async (Guid caseId, HttpRequest request, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var form = await UploadForm.ReadAsync(request, "file", ct);
                var file = form.Files.GetFile("file") ?? throw ProblemException.Validation("file", "أرفق الملف في حقل النموذج file.", "Attach the file as the form field 'file'.");
                await using var content = file.OpenReadStream();
                return TypedResults.Ok(await mediator.Send(new AddCaseAttachment.Command(caseId,
                    new UploadedFile(file.FileName, file.ContentType, file.Length, content), form["documentKey"].FirstOrDefault(),
                    Version(form), Actor(user)), ct));
            })
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadRequestBytes))
            .WithSummary("Attaches a PDF, JPEG or PNG of at most 10 MB (multipart: file, documentKey?, version?).");
        cases.MapGet("/{caseId:guid}/attachments/{attachmentId:guid}", async (Guid caseId, Guid attachmentId, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new GetCaseAttachment.Query(caseId, attachmentId), ct);
                return TypedResults.File(file.Stream, file.ContentType, file.FileName);
            })
            .WithMetadata(SandboxedDownload.Instance)
            .WithSummary("Downloads an attachment.");
        cases.MapPost("/{caseId:guid}/declaration", async (Guid caseId, HttpRequest request, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var form = await UploadForm.ReadAsync(request, "scan", ct);
                var scan = form.Files.GetFile("scan") ?? form.Files.GetFile("file")
                           ?? throw ProblemException.Validation("scan", "أرفق صورة الإقرار الموقّع في حقل النموذج scan.", "Attach the scan of the signed declaration as the form field 'scan'.");
                await using var content = scan.OpenReadStream();
                return TypedResults.Ok(await mediator.Send(new RecordPaperDeclaration.Command(caseId,
                    new UploadedFile(scan.FileName, scan.ContentType, scan.Length, content), form["signerName"].FirstOrDefault(), Version(form), Actor(user)), ct));
            })
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadRequestBytes))
            .WithSummary("Records a declaration signed on paper, with its scan (multipart: scan, signerName?, version?); raises DeclarationSigned.");
        cases.MapPost("/{caseId:guid}/member-reply", async (Guid caseId, MemberReplyBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordMemberReply.Command(caseId, body.Data, body.Comment, body.Version, Actor(user)), ct)))
            .WithSummary("Records the member's missing information; raises MemberReplied (back to verification).");
        cases.MapPost("/{caseId:guid}/withdraw", async Task<Results<Ok<WithdrawRequest.Result>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>>> (
                    Guid caseId, WithdrawBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new WithdrawRequest.Command(caseId, body.Reason, body.Version, user.ToWorkflowActor()), ct)))
            .WithSummary("Withdraws an open request at the member's request, with a reason; its workflow ends as Withdrawn and the member is told.");
        cases.MapGet("/{caseId:guid}/letters", async (Guid caseId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListLetters.Query(caseId), ct)))
            .WithSummary("The letters issued for a case.");
        cases.MapGet("/{caseId:guid}/letters/{letterId:guid}", async (Guid caseId, Guid letterId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetLetter.Query(caseId, letterId), ct)))
            .WithSummary("A letter's printable content: letterhead, reference, Hijri and Gregorian date, subject and paragraphs.");
        cases.MapPost("/{caseId:guid}/letters", async (Guid caseId, LetterBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var letter = await mediator.Send(new IssueLetter.Command(caseId, body.Kind, body.Language, Actor(user)), ct);
                return TypedResults.Created($"/api/cases/{caseId}/letters/{letter.Id}", letter);
            })
            .WithSummary("Issues a letter (Receipt, Acceptance or Rejection) with the next letter reference.");

        var inbox = app.MapGroup("/api/inbox").WithTags("Task inbox").RequireAuthorization(Policies.Staff).WritesCanConflict();
        inbox.MapGet("/", async (bool? mine, string? sort, int? page, int? pageSize, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListInbox.Query(user.ToWorkflowActor(), mine ?? false, sort ?? "due", page, pageSize), ct)))
            .WithSummary("My tasks and my roles' queue, by due date (sort=due|created), with breached and due-soon flags; paged.");
        inbox.MapPost("/{taskId:guid}/claim", async (Guid taskId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ClaimTask.Command(taskId, Release: false, user.ToWorkflowActor()), ct)))
            .WithSummary("Claims a task (409 when a colleague has it).");
        inbox.MapPost("/{taskId:guid}/release", async (Guid taskId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ClaimTask.Command(taskId, Release: true, user.ToWorkflowActor()), ct)))
            .WithSummary("Releases a claimed task back to the role's queue (the claimer or a manager).");

        var sla = app.MapGroup("/api/sla").WithTags("Deadlines (SLA)").RequireAuthorization(Policies.Managers);
        sla.MapGet("/waiting-on-member", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMemberWaits.Query(), ct)))
            .WithSummary("Cases waiting on the member (a reply, a declaration), longest first: since when, for how long, and when each lapses.");
        sla.MapGet("/breaches", async Task<Results<Ok<ListSlaBreaches.SlaReport>, XlsxFile>> (double? dueSoonHours, int? page, int? pageSize, string? format,
                    IMediator mediator, CancellationToken ct) =>
                XlsxFile.Wanted(format)
                    ? new XlsxFile("deadlines", [await mediator.Send(new ExportSlaBreaches.Query(ListSlaBreaches.Window(dueSoonHours), Loc.IsArabic), ct)])
                    : TypedResults.Ok(await mediator.Send(new ListSlaBreaches.Query(ListSlaBreaches.Window(dueSoonHours), page, pageSize), ct)))
            .WithSummary("Breached and due-soon tasks (a page) with their waiting time, and counts by step, role and assignee over all of them; " +
                         "?format=xlsx: every one of them as a workbook.");
        return app;
    }

    private static string Actor(ClaimsPrincipal user) => user.ToWorkflowActor().Id;

    private static int? Version(IFormCollection form) =>
        form["version"].FirstOrDefault() is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var version) ? version : throw ProblemException.Validation("version", "رقم النسخة عدد صحيح.", "version is a whole number.")
            : null;
}
