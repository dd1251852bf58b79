using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Features.Portal;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Feedback;

/// <summary>
/// Suggestions and complaints on the portal, for the signed-in member only: submit one (optionally about one of their own
/// requests) and get its reference; list theirs; read one with the society's answer. Another member's item answers 404.
/// </summary>
public static class MemberFeedback
{
    public sealed record Submit(Guid MemberId, string? Kind, string? Subject, string? Text, Guid? CaseId) : IRequest<FeedbackDto>;

    public sealed record ListMine(Guid MemberId, int? Page = null, int? PageSize = null) : IRequest<Paged<FeedbackDto>>;

    public sealed record GetMine(Guid MemberId, Guid Id) : IRequest<FeedbackDto>;

    public sealed record FeedbackDto(Guid Id, string Reference, FeedbackKind Kind, string Subject, string Text, Guid? CaseId, DateTimeOffset SubmittedAt,
        string Status, string? Answer, DateTimeOffset? AnsweredAt)
    {
        public static FeedbackDto From(FeedbackItem f) =>
            new(f.Id, f.Reference, f.Kind, f.Subject, f.Text, f.CaseId, f.SubmittedAt, f.IsAnswered ? "Answered" : "Open", f.Answer, f.AnsweredAt);
    }

    public sealed class Handler(AppDbContext db, ReferenceNumbers numbers, IOptions<SocietyOptions> society, TimeProvider clock) :
        IRequestHandler<Submit, FeedbackDto>,
        IRequestHandler<ListMine, Paged<FeedbackDto>>,
        IRequestHandler<GetMine, FeedbackDto>
    {
        public async Task<FeedbackDto> Handle(Submit request, CancellationToken cancellationToken)
        {
            if (!Enum.TryParse<FeedbackKind>(request.Kind?.Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || char.IsAsciiDigit(request.Kind!.Trim()[0]))
            {
                throw ProblemException.Validation("kind", "النوع مقترح أو شكوى (Suggestion أو Complaint). / The kind is Suggestion or Complaint.");
            }

            if (request.CaseId is { } caseId
                && !await db.Set<ServiceCase>().AnyAsync(c => c.Id == caseId && c.MemberId == request.MemberId, cancellationToken))
            {
                throw PortalProblems.NotFound();
            }

            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var now = clock.GetUtcNow();
                var year = DualDate.HijriYear(now);
                var sequence = await numbers.NextAsync(kind == FeedbackKind.Complaint ? "complaint" : "suggestion", year, ct);
                var item = FeedbackItem.Submit(FeedbackItem.ReferenceFor(society.Value.ReferencePrefix, kind, year, sequence), kind, request.MemberId,
                    request.Subject ?? string.Empty, request.Text ?? string.Empty, request.CaseId, now);
                db.Add(item);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return FeedbackDto.From(item);
            }, cancellationToken);
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
    }
}
