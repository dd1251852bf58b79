using System.Globalization;
using System.Security.Claims;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Attachments;
using DomatAljandal.Host.Features.Outreach.Announcements;
using DomatAljandal.Host.Features.Outreach.Documents;
using DomatAljandal.Host.Features.Outreach.Knowledge;
using DomatAljandal.Host.Features.Outreach.Reminders;
using DomatAljandal.Host.Features.Outreach.Segments;
using DomatAljandal.Host.Features.Portal;
using DomatAljandal.Host.Features.Workflows;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace DomatAljandal.Host.Features.Outreach;

/// <summary>
/// Information and outreach: <c>/api/documents</c>, <c>/api/knowledge</c>, <c>/api/announcements</c>, <c>/api/reminders</c>
/// for staff, and the portal's <c>/api/portal/documents</c> and <c>/api/portal/announcements</c>.
/// </summary>
public static class OutreachEndpoints
{
    private const long MaxUploadRequestBytes = (2 * AttachmentPolicy.MaxSizeBytes) + (1024 * 1024);

    public sealed record CirculateBody(IReadOnlyList<string>? Roles, IReadOnlyList<Guid>? Departments, MemberSegment? Segment, int? RemindAfterDays);

    public sealed record ArticleBody(string? Question, string? Answer, string? QuestionEn, string? AnswerEn, string? Category, bool? IsPublished);

    public sealed record HelpfulBody(bool? Helpful);

    public sealed record CloseMissBody(string? Query);

    public sealed record PreviewBody(MemberSegment? Segment, string? Text);

    public sealed record AnnouncementBody(MemberSegment? Segment, string? Text, string? TextEn, DateTimeOffset? ScheduledAt);

    public sealed record ReminderBody(bool? Enabled, int? Days);

    public static IEndpointRouteBuilder MapOutreachEndpoints(this IEndpointRouteBuilder app)
    {
        MapDocuments(app);
        MapKnowledge(app);
        MapAnnouncements(app);
        MapPortal(app);
        var reminders = app.MapGroup("/api/reminders").WithTags("Reminders").RequireAuthorization(Policies.Admin);
        reminders.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ManageReminders.List(), ct)))
            .WithSummary("The event reminders (MembershipRenewal, VolunteeringDayBefore, DocumentAcknowledgement): on or off, days, and the template that words them.");
        reminders.MapPut("/{kind}", async (ReminderKind kind, ReminderBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ManageReminders.Change(kind, body.Enabled, body.Days, Actor(user)), ct)))
            .WithSummary("Switches a reminder on or off and sets its days.");
        return app;
    }

    private static void MapDocuments(IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/documents").WithTags("Documents").RequireAuthorization(Policies.Staff);
        staff.MapGet("/", async (DocumentCategory? category, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Documents.Documents.List(false, category, null, page, pageSize), ct)))
            .WithSummary("Every document of the society with its current version; paged.");
        staff.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new Documents.Documents.Get(id), ct)))
            .WithSummary("A document with its versions and circulations.");
        staff.MapPost("/", async (HttpRequest request, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var form = await UploadForm.ReadAsync(request, "file", ct);
                await using var files = new FormFiles(form);
                var created = await mediator.Send(new Documents.Documents.Create(form["title"].FirstOrDefault(), form["titleEn"].FirstOrDefault(),
                    form["category"].FirstOrDefault(), form["audience"].FirstOrDefault(), EffectiveOn(form), form["notes"].FirstOrDefault(),
                    files.Get("file"), files.Get("fileEn"), Actor(user)), ct);
                return TypedResults.Created($"/api/documents/{created.Id}", created);
            })
            .RequireAuthorization(Policies.Publishers)
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadRequestBytes))
            .WithSummary("Adds a document (multipart: title, titleEn?, category, audience = staff|members, effectiveOn?, notes?, file, fileEn?).");
        staff.MapPost("/{id:guid}/versions", async (Guid id, HttpRequest request, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var form = await UploadForm.ReadAsync(request, "file", ct);
                await using var files = new FormFiles(form);
                return TypedResults.Ok(await mediator.Send(new Documents.Documents.AddVersion(id, EffectiveOn(form), form["notes"].FirstOrDefault(),
                    files.Get("file"), files.Get("fileEn"), Actor(user)), ct));
            })
            .RequireAuthorization(Policies.Publishers)
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadRequestBytes))
            .WithSummary("Adds the next version (multipart: file, fileEn?, effectiveOn?, notes?).");
        staff.MapGet("/{id:guid}/file", async (Guid id, int? version, string? lang, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new Documents.Documents.OpenFile(id, version, lang == "en", false), ct);
                return TypedResults.File(file.Stream, file.ContentType, file.FileName);
            })
            .WithMetadata(SandboxedDownload.Instance)
            .WithSummary("Downloads a version's file (the current one unless version is given; lang=en for the English file).");
        staff.MapPost("/{id:guid}/circulations", async (Guid id, CirculateBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var circulation = await mediator.Send(new Circulations.Circulate(id, body.Roles, body.Departments, body.Segment, body.RemindAfterDays, Actor(user)), ct);
                return TypedResults.Created($"/api/documents/{id}/circulations/{circulation.Id}", circulation);
            })
            .RequireAuthorization(Policies.Publishers)
            .WithSummary("Circulates the current version to staff roles, departments and/or a member segment, to read and acknowledge.");
        staff.MapGet("/{id:guid}/circulations/{cid:guid}", async (Guid id, Guid cid, bool? read, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Circulations.View(id, cid, read, page, pageSize), ct)))
            .WithSummary("Who has read the circulated version and who has not (read=true|false to filter); paged.");

        app.MapPost("/api/documents/{id:guid}/acknowledge", async (Guid id, ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var state = await PortalAccountState.OfAsync(user, http.RequestServices, ct);
                var isStaff = Roles.Staff.Any(user.IsInRole);
                if (!isStaff && state.Member is null)
                {
                    throw state.IsPending ? PortalProblems.Pending() : Documents.Documents.Handler.NotFound();
                }

                var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
                return TypedResults.Ok(await mediator.Send(new Circulations.Acknowledge(id, isStaff ? userId : null, isStaff ? null : state.Member!.MemberId), ct));
            })
            .WithTags("Documents")
            .RequireAuthorization(Policies.Readers)
            .WithSummary("I have read the document: acknowledges its circulation to me (staff or member); 404 when it was not circulated to me.");
    }

    private static void MapKnowledge(IEndpointRouteBuilder app)
    {
        var knowledge = app.MapGroup("/api/knowledge").WithTags("Knowledge base").RequireAuthorization(Policies.Readers);
        knowledge.MapGet("/", async (string? q, string? category, int? page, int? pageSize, ClaimsPrincipal user, HttpContext http, IMediator mediator,
                CancellationToken ct) =>
            {
                var isStaff = Roles.Staff.Any(user.IsInRole);
                var member = isStaff ? null : (await PortalAccountState.OfAsync(user, http.RequestServices, ct)).Member;
                return TypedResults.Ok(await mediator.Send(new KnowledgeBase.Search(q, category, isStaff, member?.MemberId, page, pageSize), ct));
            })
            .WithSummary("Answers to common questions matching every word of q in any Arabic spelling; members see published answers. A member's search that finds nothing is kept for the manager.");
        knowledge.MapPost("/", async (ArticleBody b, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var saved = await mediator.Send(new KnowledgeBase.Save(null, b.Question, b.Answer, b.QuestionEn, b.AnswerEn, b.Category, b.IsPublished, Actor(user)), ct);
                return TypedResults.Created($"/api/knowledge/{saved.Id}", saved);
            })
            .RequireAuthorization(Policies.Publishers)
            .WithSummary("Writes an answer (question, answer, questionEn?, answerEn?, category, isPublished?).");
        knowledge.MapPut("/{id:guid}", async (Guid id, ArticleBody b, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new KnowledgeBase.Save(id, b.Question, b.Answer, b.QuestionEn, b.AnswerEn, b.Category, b.IsPublished, Actor(user)), ct)))
            .RequireAuthorization(Policies.Publishers)
            .WithSummary("Rewrites an answer.");
        knowledge.MapPost("/{id:guid}/helpful", async (Guid id, HelpfulBody b, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new KnowledgeBase.Rate(id, b.Helpful, Roles.Staff.Any(user.IsInRole)), ct)))
            .WithSummary("Was this helpful? (helpful = true|false).");
        knowledge.MapGet("/misses", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new KnowledgeBase.Misses(page, pageSize), ct)))
            .RequireAuthorization(Policies.Managers)
            .WithSummary("Portal searches that found no answer, most asked first; paged.");
        knowledge.MapPost("/misses/close", async (CloseMissBody b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { closed = await mediator.Send(new KnowledgeBase.CloseMiss(b.Query), ct) }))
            .RequireAuthorization(Policies.Managers)
            .WithSummary("Takes a question off the list (answered now, or not worth an answer).");
    }

    private static void MapAnnouncements(IEndpointRouteBuilder app)
    {
        var announcements = app.MapGroup("/api/announcements").WithTags("Announcements").RequireAuthorization(Policies.Publishers);
        announcements.MapPost("/preview", async (PreviewBody b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Announcements.Announcements.Preview(b.Segment, b.Text), ct)))
            .WithSummary("Before sending: how many consenting members the segment reaches (recipients), how many it leaves out, and the SMS length.");
        announcements.MapPost("/", async (AnnouncementBody b, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new Announcements.Announcements.Compose(b.Segment, b.Text, b.TextEn, b.ScheduledAt, Actor(user)), ct);
                return TypedResults.Created($"/api/announcements/{created.Id}", created);
            })
            .WithSummary("Composes an announcement (segment, text, textEn?, scheduledAt?): sent now, or at scheduledAt; answers with the recipients count.");
        announcements.MapPost("/{id:guid}/send", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Announcements.Announcements.Send(id), ct)))
            .WithSummary("Sends it now; members it already reached are not queued again.");
        announcements.MapGet("/", async (int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Announcements.Announcements.List(page, pageSize), ct)))
            .WithSummary("Announcements, newest first; paged.");
        announcements.MapGet("/{id:guid}", async (Guid id, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Announcements.Announcements.Get(id, page, pageSize), ct)))
            .WithSummary("The announcement and its delivery per member (channel, address, status, error); paged.");
    }

    private static void MapPortal(IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/api/portal").WithTags("Member portal").RequireAuthorization(Policies.Member);
        portal.MapGet("/documents", async (PortalMember me, DocumentCategory? category, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Documents.Documents.List(true, category, me.MemberId, page, pageSize), ct)))
            .WithSummary("The society's documents for members, with whether one waits for my acknowledgement; paged.");
        portal.MapGet("/documents/{id:guid}/file", async (Guid id, string? lang, PortalMember me, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new Documents.Documents.OpenFile(id, null, lang == "en", true), ct);
                return TypedResults.File(file.Stream, file.ContentType, file.FileName);
            })
            .WithMetadata(SandboxedDownload.Instance)
            .WithSummary("Downloads a document's current version (lang=en for the English file).");
        portal.MapGet("/announcements", async (PortalMember me, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Announcements.Announcements.Received(me.MemberId, page, pageSize), ct)))
            .WithSummary("The announcements I received, newest first; paged.");
    }

    private static DateOnly? EffectiveOn(IFormCollection form)
    {
        var value = form["effectiveOn"].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on)
            ? on
            : throw ProblemException.Validation("effectiveOn", "تاريخ السريان بصيغة yyyy-MM-dd.", "effectiveOn is a date, yyyy-MM-dd.");
    }

    private static string Actor(ClaimsPrincipal user) => user.ToWorkflowActor().Id;

    /// <summary>The form's files as <see cref="UploadedFile"/>s, their streams closed with it.</summary>
    private sealed class FormFiles(IFormCollection form) : IAsyncDisposable
    {
        private readonly List<Stream> _open = [];

        public UploadedFile? Get(string name)
        {
            if (form.Files.GetFile(name) is not { } file)
            {
                return null;
            }

            var stream = file.OpenReadStream();
            _open.Add(stream);
            return new UploadedFile(file.FileName, file.ContentType, file.Length, stream);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var stream in _open)
            {
                await stream.DisposeAsync();
            }
        }
    }
}
