using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases;
using DomatAljandal.Host.Features.Members;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Interactions;

/// <summary>A member's interactions, newest first, with the reference of the linked case; paged.</summary>
public static class ListInteractions
{
    public const int MaxPageSize = 200;

    public sealed record Query(Guid MemberId, int Page = 1, int PageSize = 50) : IRequest<Page<InteractionDto>>;

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, Page<InteractionDto>>
    {
        public async Task<Page<InteractionDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (request.Page < 1)
            {
                throw ProblemException.Validation("page", "page starts at 1.");
            }

            if (request.PageSize is < 1 or > MaxPageSize)
            {
                throw ProblemException.Validation("pageSize", $"pageSize is between 1 and {MaxPageSize}.");
            }

            if (!await db.Set<Member>().AnyAsync(m => m.Id == request.MemberId, cancellationToken))
            {
                throw MemberProblems.NotFound(request.MemberId);
            }

            var query = db.Set<Interaction>().AsNoTracking().Where(i => i.MemberId == request.MemberId);
            var total = await query.CountAsync(cancellationToken);
            var rows = await query
                .OrderByDescending(i => i.At).ThenByDescending(i => i.Id)
                .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
                .GroupJoin(db.Set<ServiceCase>(), i => i.CaseId, c => c.Id, (i, cases) => new { i, cases })
                .SelectMany(x => x.cases.DefaultIfEmpty(), (x, c) => new { x.i, Reference = c == null ? null : c.Reference })
                .ToListAsync(cancellationToken);
            var items = rows.OrderByDescending(r => r.i.At).ThenByDescending(r => r.i.Id)
                .Select(r => InteractionDto.From(r.i, r.Reference?.Value)).ToList();
            return new Page<InteractionDto>(items, request.Page, request.PageSize, total);
        }
    }
}
