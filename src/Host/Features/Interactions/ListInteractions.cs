using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Members;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Interactions;

/// <summary>A member's interactions, newest first, with the reference of the linked case; paged.</summary>
public static class ListInteractions
{
    public sealed record Query(Guid MemberId, int? Page = null, int? PageSize = null) : IRequest<Paged<InteractionDto>>;

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, Paged<InteractionDto>>
    {
        public async Task<Paged<InteractionDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);

            if (!await db.Set<Member>().AnyAsync(m => m.Id == request.MemberId, cancellationToken))
            {
                throw MemberProblems.NotFound(request.MemberId);
            }

            var query = db.Set<Interaction>().AsNoTracking().Where(i => i.MemberId == request.MemberId);
            var rows = await query
                .OrderByDescending(i => i.At).ThenByDescending(i => i.Id)
                .Skip(paging.Skip).Take(paging.PageSize)
                .GroupJoin(db.Set<ServiceCase>(), i => i.CaseId, c => c.Id, (i, cases) => new { i, cases })
                .SelectMany(x => x.cases.DefaultIfEmpty(), (x, c) => new { x.i, Reference = c == null ? null : c.Reference })
                .ToListAsync(cancellationToken);
            var items = rows.OrderByDescending(r => r.i.At).ThenByDescending(r => r.i.Id)
                .Select(r => InteractionDto.From(r.i, r.Reference?.Value)).ToList();
            return paging.ToPaged(items, await paging.TotalAsync(query, items.Count, cancellationToken));
        }
    }
}
