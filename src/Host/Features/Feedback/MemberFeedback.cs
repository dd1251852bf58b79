using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Portal;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Feedback;

/// <summary>
/// Suggestions and complaints on the portal, for the signed-in member only: submit one (optionally about one of their own
/// requests) and get its reference; list theirs; read one with the society's answers; rate the answer. Another member's
/// item answers 404. The suggestions the society adopted are shown to every member, without names.
/// </summary>
public static class MemberFeedback
{
    public sealed record Submit(Guid MemberId, string? Kind, string? Subject, string? Text, Guid? CaseId) : IRequest<FeedbackDto>;

    public sealed record ListMine(Guid MemberId, int? Page = null, int? PageSize = null) : IRequest<Paged<FeedbackDto>>;

    public sealed record GetMine(Guid MemberId, Guid Id) : IRequest<FeedbackDto>;

    public sealed record Rate(Guid MemberId, Guid Id, int? Rating) : IRequest<FeedbackDto>;

    public sealed record ListAdopted(int? Page = null, int? PageSize = null) : IRequest<Paged<AdoptedSuggestionDto>>;

    public sealed record FeedbackDto(Guid Id, string Reference, FeedbackKind Kind, string Subject, string Text, Guid? CaseId, DateTimeOffset SubmittedAt,
        string Status, string? Answer, DateTimeOffset? AnsweredAt, DateTimeOffset? DueAt, IReadOnlyList<FeedbackReply> Replies, int? Rating,
        DateTimeOffset? AdoptedAt, string? Improvement)
    {
        public static FeedbackDto From(FeedbackItem f) =>
            new(f.Id, f.Reference, f.Kind, f.Subject, f.Text, f.CaseId, f.SubmittedAt, f.IsAnswered ? "Answered" : "Open", f.Answer, f.AnsweredAt, f.DueAt,
                f.Replies, f.Rating, f.AdoptedAt, f.Improvement);
    }

    /// <summary>An adopted suggestion as members see it: what was suggested and what changed — never who suggested it.</summary>
    public sealed record AdoptedSuggestionDto(Guid Id, string Subject, string Improvement, DateTimeOffset AdoptedAt);

    public sealed class Handler(AppDbContext db, FeedbackIntake intake, TimeProvider clock) :
        IRequestHandler<Submit, FeedbackDto>,
        IRequestHandler<ListMine, Paged<FeedbackDto>>,
        IRequestHandler<GetMine, FeedbackDto>,
        IRequestHandler<Rate, FeedbackDto>,
        IRequestHandler<ListAdopted, Paged<AdoptedSuggestionDto>>
    {
        public async Task<FeedbackDto> Handle(Submit request, CancellationToken cancellationToken)
        {
            var kind = EnumInput.Parse<FeedbackKind>(request.Kind, "kind");
            if (request.CaseId is { } caseId
                && !await db.Set<ServiceCase>().AnyAsync(c => c.Id == caseId && c.MemberId == request.MemberId, cancellationToken))
            {
                throw PortalProblems.NotFound();
            }

            return FeedbackDto.From(await intake.ReceiveAsync(kind, request.MemberId, request.Subject, request.Text, request.CaseId, Channel.Website,
                null, null, null, cancellationToken));
        }

        public async Task<Paged<FeedbackDto>> Handle(ListMine request, CancellationToken cancellationToken)
        {
            var page = await PageRequest.Of(request.Page, request.PageSize).ReadAsync(
                db.Set<FeedbackItem>().AsNoTracking().Where(f => f.MemberId == request.MemberId).OrderByDescending(f => f.SubmittedAt).ThenByDescending(f => f.Id),
                cancellationToken);
            return page.Select(FeedbackDto.From);
        }

        public async Task<FeedbackDto> Handle(GetMine request, CancellationToken cancellationToken) =>
            FeedbackDto.From(await db.Set<FeedbackItem>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == request.Id && f.MemberId == request.MemberId, cancellationToken)
                             ?? throw PortalProblems.NotFound());

        public async Task<FeedbackDto> Handle(Rate request, CancellationToken cancellationToken)
        {
            var item = await db.Set<FeedbackItem>().FirstOrDefaultAsync(f => f.Id == request.Id && f.MemberId == request.MemberId, cancellationToken)
                       ?? throw PortalProblems.NotFound();
            item.Rate(request.Rating ?? 0, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return FeedbackDto.From(item);
        }

        public async Task<Paged<AdoptedSuggestionDto>> Handle(ListAdopted request, CancellationToken cancellationToken) =>
            await PageRequest.Of(request.Page, request.PageSize, 20).ReadAsync(
                db.Set<FeedbackItem>().AsNoTracking().Where(f => f.AdoptedAt != null && f.Kind == FeedbackKind.Suggestion)
                    .OrderByDescending(f => f.AdoptedAt).ThenBy(f => f.Id)
                    .Select(f => new AdoptedSuggestionDto(f.Id, f.Subject, f.Improvement!, f.AdoptedAt!.Value)),
                cancellationToken);
    }
}
