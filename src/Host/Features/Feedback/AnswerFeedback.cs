using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Feedback;

/// <summary>Staff read the suggestions and complaints (unanswered first) and answer them; the member reads the answer on the portal.</summary>
public static class AnswerFeedback
{
    public sealed record List(FeedbackKind? Kind, bool? Answered, int? Page = null, int? PageSize = null) : IRequest<Paged<StaffFeedbackDto>>;

    public sealed record Answer(Guid Id, string? Text, string Actor) : IRequest<StaffFeedbackDto>;

    public sealed record StaffFeedbackDto(Guid Id, string Reference, FeedbackKind Kind, Guid MemberId, string MemberName, string MemberMobile, string Subject,
        string Text, Guid? CaseId, DateTimeOffset SubmittedAt, string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt);

    public sealed class Handler(AppDbContext db, TimeProvider clock) :
        IRequestHandler<List, Paged<StaffFeedbackDto>>,
        IRequestHandler<Answer, StaffFeedbackDto>
    {
        public async Task<Paged<StaffFeedbackDto>> Handle(List request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var query = db.Set<FeedbackItem>().AsNoTracking();
            if (request.Kind is { } kind)
            {
                query = query.Where(f => f.Kind == kind);
            }

            if (request.Answered is { } answered)
            {
                query = answered ? query.Where(f => f.AnsweredAt != null) : query.Where(f => f.AnsweredAt == null);
            }

            var page = await paging.ReadAsync(query.OrderBy(f => f.AnsweredAt != null).ThenBy(f => f.SubmittedAt).ThenBy(f => f.Id)
                .Join(db.Set<Member>(), f => f.MemberId, m => m.Id, (f, m) => new { f, m.FirstName, m.FatherName, m.GrandfatherName, m.FamilyName, m.Mobile }),
                cancellationToken);
            return page.Select(r => ToDto(r.f, $"{r.FirstName} {r.FatherName} {r.GrandfatherName} {r.FamilyName}", r.Mobile));
        }

        public async Task<StaffFeedbackDto> Handle(Answer request, CancellationToken cancellationToken)
        {
            var item = await db.Set<FeedbackItem>().FirstOrDefaultAsync(f => f.Id == request.Id, cancellationToken)
                       ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such suggestion or complaint.");
            item.AnswerWith(request.Text ?? string.Empty, request.Actor, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            var member = await db.Set<Member>().AsNoTracking().FirstAsync(m => m.Id == item.MemberId, cancellationToken);
            return ToDto(item, member.FullName, member.Mobile);
        }

        private static StaffFeedbackDto ToDto(FeedbackItem f, string memberName, string mobile) => new(f.Id, f.Reference, f.Kind, f.MemberId, memberName, mobile,
            f.Subject, f.Text, f.CaseId, f.SubmittedAt, f.Answer, f.AnsweredBy, f.AnsweredAt);
    }
}
