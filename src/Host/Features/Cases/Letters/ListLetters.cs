using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Letters;

/// <summary>The letters issued for a case, oldest first.</summary>
public static class ListLetters
{
    public sealed record Query(Guid CaseId) : IRequest<IReadOnlyList<LetterSummaryDto>>;

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, IReadOnlyList<LetterSummaryDto>>
    {
        public async Task<IReadOnlyList<LetterSummaryDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (!await db.Set<ServiceCase>().AnyAsync(c => c.Id == request.CaseId, cancellationToken))
            {
                throw CaseProblems.NotFound(request.CaseId);
            }

            var letters = await db.Set<CaseLetter>().AsNoTracking().Where(l => l.CaseId == request.CaseId).OrderBy(l => l.IssuedAt).ToListAsync(cancellationToken);
            return [.. letters.Select(LetterSummaryDto.From)];
        }
    }
}
