using System.Security.Claims;
using DomatAljandal.Host.Features.Portal;
using DomatAljandal.Host.Features.Workflows;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Infrastructure.Spreadsheets;
using DomatAljandal.Host.Localization;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// Satisfaction surveys: the member's under <c>/api/portal/surveys</c> (their own only), staff under <c>/api/surveys</c>,
/// the managers' report at <c>/api/reports/satisfaction</c>.
/// </summary>
public static class SurveysEndpoints
{
    public sealed record PortalAnswerBody(IReadOnlyList<AnswerSurvey.ScoreInput>? Answers, string? Comment, bool? Anonymous);

    public sealed record StaffAnswerBody(IReadOnlyList<AnswerSurvey.ScoreInput>? Answers, string? Comment, bool? Anonymous, string? Channel);

    public sealed record QuestionsBody(IReadOnlyList<ManageSurveyQuestions.QuestionInput>? Questions, bool? AllowsComment);

    public sealed record CloseFollowUpBody(string? ActionTaken);

    public static IEndpointRouteBuilder MapSurveysEndpoints(this IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/api/portal/surveys").WithTags("Member portal").RequireAuthorization(Policies.Member).WritesCanConflict();
        portal.MapGet("/", async (PortalMember me, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AnswerSurvey.ListMine(me.MemberId, page, pageSize), ct)))
            .WithSummary("My open satisfaction surveys (id, caseId, questions); paged.");
        portal.MapGet("/{id:guid}", async (Guid id, PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AnswerSurvey.GetMine(me.MemberId, id), ct)))
            .WithSummary("One of my surveys with its questions. Reading it never answers it.");
        portal.MapPost("/{id:guid}", async (Guid id, PortalAnswerBody body, PortalMember me, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AnswerSurvey.Answer(id, me.MemberId, body.Answers, body.Comment, body.Anonymous ?? false, null, null), ct)))
            .WithSummary("Answers my survey: answers (questionId, score 1–5, reasons on a low score), comment, anonymous (then stored without me or my request).");

        var staff = app.MapGroup("/api/surveys").WithTags("Satisfaction surveys").RequireAuthorization(Policies.Staff).WritesCanConflict();
        staff.MapGet("/", async (Guid? memberId, Guid? caseId, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSurveys.Query(memberId, caseId, page, pageSize), ct)))
            .WithSummary("A member's or a case's surveys, newest first; paged. Audited.");
        staff.MapPost("/{id:guid}/answers", async (Guid id, StaffAnswerBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AnswerSurvey.Answer(id, null, body.Answers, body.Comment, body.Anonymous ?? false, body.Channel,
                    user.ToWorkflowActor().Id), ct)))
            .WithSummary("Records the answer a member gave by phone or in person, with its channel.");
        staff.MapGet("/questions/{serviceTypeCode}", async (string serviceTypeCode, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ManageSurveyQuestions.Get(serviceTypeCode), ct)))
            .WithSummary("A service type's survey questions (its own, or the defaults).");
        staff.MapPut("/questions/{serviceTypeCode}", async (string serviceTypeCode, QuestionsBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ManageSurveyQuestions.Replace(serviceTypeCode, body.Questions, body.AllowsComment), ct)))
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Replaces a service type's survey questions (admins); an empty list goes back to the defaults; allowsComment turns the free comment on or off.");
        staff.MapGet("/follow-ups", async (bool? open, int? page, int? pageSize, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SurveyFollowUps.List(user.ToWorkflowActor().Id, user.IsInRole(Roles.Admin), open, page, pageSize), ct)))
            .RequireAuthorization(Policies.Managers)
            .WithSummary("Follow-ups of unhappy answers for my departments (admins: all), open first by due time; paged.");
        staff.MapPost("/follow-ups/{id:guid}/close", async (Guid id, CloseFollowUpBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SurveyFollowUps.Close(id, body.ActionTaken, user.ToWorkflowActor().Id), ct)))
            .RequireAuthorization(Policies.Managers)
            .WithSummary("Closes a follow-up with what was done; the member is told unless the answer was anonymous.");

        app.MapGet("/api/reports/satisfaction", async Task<Results<Ok<SatisfactionReport.Report>, XlsxFile>> (DateOnly? from, DateOnly? to, string? groupBy,
                    string? format, IMediator mediator, CancellationToken ct) =>
                {
                    if (XlsxFile.Wanted(format))
                    {
                        var workbook = await mediator.Send(new ExportSatisfaction.Query(from, to, Loc.IsArabic), ct);
                        return new XlsxFile($"satisfaction-{workbook.From:yyyyMMdd}-{workbook.To:yyyyMMdd}", workbook.Sheets);
                    }

                    return TypedResults.Ok(await mediator.Send(new SatisfactionReport.Query(from, to,
                        groupBy is null ? SatisfactionGrouping.Month : EnumInput.Parse<SatisfactionGrouping>(groupBy, "groupBy")), ct));
                })
            .WithTags("Reports").RequireAuthorization(Policies.Managers)
            .WithSummary("Satisfaction by service, stage, department, channel or month (groupBy): answers, satisfied (4–5), score; groups under 5 answers hidden; " +
                         "?format=xlsx for a workbook of every breakdown and the comments.");
        return app;
    }
}
