using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Departments;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// The managers' follow-ups of unhappy answers: open ones first, by due time (a manager sees their departments'; an
/// admin all), each with the answer's scores and comment; closing one records what was done and tells the member unless
/// the answer was anonymous.
/// </summary>
public static class SurveyFollowUps
{
    public sealed record List(string UserId, bool SeesAll, bool? Open, int? Page = null, int? PageSize = null) : IRequest<Paged<FollowUpDto>>;

    public sealed record Close(Guid Id, string? ActionTaken, string Actor) : IRequest<FollowUpDto>;

    public sealed record FollowUpDto(Guid Id, string ServiceTypeCode, Guid? DepartmentId, Guid? CaseId, string? CaseReference, bool Anonymous,
        decimal Score, int LowestScore, IReadOnlyList<QuestionScore> Scores, string? Comment, DateTimeOffset OpenedAt, DateTimeOffset DueAt,
        bool Overdue, DateTimeOffset? ClosedAt, string? ClosedBy, string? ActionTaken);

    public sealed class Handler(AppDbContext db, IDepartmentDirectory departments, IMemberNotifier notifier, TimeProvider clock) :
        IRequestHandler<List, Paged<FollowUpDto>>,
        IRequestHandler<Close, FollowUpDto>
    {
        public async Task<Paged<FollowUpDto>> Handle(List request, CancellationToken cancellationToken)
        {
            var query = db.Set<SurveyFollowUp>().AsNoTracking();
            if (!request.SeesAll)
            {
                var mine = (await departments.DepartmentsOfUserAsync(request.UserId, cancellationToken)).Cast<Guid?>().ToList();
                query = query.Where(f => mine.Contains(f.DepartmentId));
            }

            if (request.Open is { } open)
            {
                query = open ? query.Where(f => f.ClosedAt == null) : query.Where(f => f.ClosedAt != null);
            }

            var page = await PageRequest.Of(request.Page, request.PageSize).ReadAsync(
                query.OrderBy(f => f.ClosedAt != null).ThenBy(f => f.DueAt).ThenBy(f => f.Id), cancellationToken);
            var items = new List<FollowUpDto>();
            foreach (var followUp in page.Items)
            {
                items.Add(await ToDtoAsync(followUp, cancellationToken));
            }

            return new Paged<FollowUpDto>(items, page.Page, page.PageSize, page.Total);
        }

        public async Task<FollowUpDto> Handle(Close request, CancellationToken cancellationToken)
        {
            var followUp = await db.Set<SurveyFollowUp>().FirstOrDefaultAsync(f => f.Id == request.Id, cancellationToken) ?? throw SurveyProblems.FollowUpNotFound();
            if (followUp.IsClosed)
            {
                throw SurveyProblems.FollowUpClosed();
            }

            followUp.Close(request.ActionTaken, request.Actor, clock.GetUtcNow());
            if (followUp.MemberId is { } memberId && await db.Set<Member>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken) is { } member)
            {
                var reference = followUp.CaseId is { } caseId
                    ? await db.Set<ServiceCase>().AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Reference).FirstOrDefaultAsync(cancellationToken)
                    : null;
                await notifier.EnqueueForMemberAsync(MemberContact.Of(member), NotificationTemplateKeys.SurveyFollowedUp,
                    new Dictionary<string, object?> { ["reference"] = reference?.Value, ["actionTaken"] = followUp.ActionTaken },
                    followUp.CaseId, $"survey-follow-up:{followUp.Id:N}", cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return await ToDtoAsync(followUp, cancellationToken);
        }

        private async Task<FollowUpDto> ToDtoAsync(SurveyFollowUp f, CancellationToken cancellationToken)
        {
            var answer = await db.Set<SurveyAnswer>().AsNoTracking().FirstAsync(a => a.Id == f.AnswerId, cancellationToken);
            var reference = f.CaseId is { } caseId
                ? await db.Set<ServiceCase>().AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Reference).FirstOrDefaultAsync(cancellationToken)
                : null;
            return new FollowUpDto(f.Id, f.ServiceTypeCode, f.DepartmentId, f.CaseId, reference?.Value, answer.Anonymous, answer.Score, answer.LowestScore,
                answer.Scores, answer.Comment, f.OpenedAt, f.DueAt, !f.IsClosed && f.DueAt < clock.GetUtcNow(), f.ClosedAt, f.ClosedBy, f.ActionTaken);
        }
    }
}
