using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// Staff see a member's (or a case's) surveys: open, answered or closed unanswered, and for a named answer its score and
/// comment — an anonymous answer shows only that the survey was answered. Reading a member's answers is audited.
/// </summary>
public static class ListSurveys
{
    public sealed record Query(Guid? MemberId, Guid? CaseId, int? Page = null, int? PageSize = null) : IRequest<Paged<StaffSurveyDto>>;

    public sealed record StaffSurveyDto(Guid Id, Guid CaseId, string CaseReference, Guid MemberId, string ServiceTypeCode, DateTimeOffset CreatedAt,
        DateTimeOffset ClosesAt, DateTimeOffset? SentAt, DateTimeOffset? RemindedAt, SurveyState State, bool Anonymous, decimal? Score, string? Comment,
        Channel? Channel);

    public sealed class Handler(AppDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<Query, Paged<StaffSurveyDto>>
    {
        public async Task<Paged<StaffSurveyDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (request.MemberId is null && request.CaseId is null)
            {
                throw ProblemException.Validation("memberId", "حدد العضو أو الطلب. / Give memberId or caseId.");
            }

            var query = db.Set<CaseSurvey>().AsNoTracking();
            if (request.MemberId is { } memberId)
            {
                query = query.Where(s => s.MemberId == memberId);
            }

            if (request.CaseId is { } caseId)
            {
                query = query.Where(s => s.CaseId == caseId);
            }

            var page = await PageRequest.Of(request.Page, request.PageSize).ReadAsync(query.OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id), cancellationToken);
            var ids = page.Items.Select(s => (Guid?)s.Id).ToList();
            var caseIds = page.Items.Select(s => s.CaseId).ToList();
            var answers = await db.Set<SurveyAnswer>().AsNoTracking().Where(a => ids.Contains(a.SurveyId))
                .ToDictionaryAsync(a => a.SurveyId!.Value, cancellationToken);
            var references = await db.Set<ServiceCase>().AsNoTracking().Where(c => caseIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference.Value, cancellationToken);
            if (page.Items.Count > 0)
            {
                audit.Record(AuditAction.Viewed, "SurveyAnswers", (request.MemberId ?? request.CaseId)!.Value.ToString(), new { surveys = page.Items.Count });
                await db.SaveChangesAsync(cancellationToken);
            }

            var now = clock.GetUtcNow();
            return page.Select(s =>
            {
                var answer = answers.GetValueOrDefault(s.Id);
                var state = s.IsAnswered ? SurveyState.Answered : s.IsOpenAt(now) ? SurveyState.Open : SurveyState.Expired;
                return new StaffSurveyDto(s.Id, s.CaseId, references.GetValueOrDefault(s.CaseId) ?? "", s.MemberId, s.ServiceTypeCode, s.CreatedAt, s.ClosesAt,
                    s.SentAt, s.RemindedAt, state, s.IsAnswered && answer is null, answer?.Score, answer?.Comment, answer?.Channel);
            });
        }
    }
}

/// <summary>Where a survey stands.</summary>
public enum SurveyState
{
    Open = 1,
    Answered = 2,

    /// <summary>Its 28 days passed unanswered.</summary>
    Expired = 3,
}
