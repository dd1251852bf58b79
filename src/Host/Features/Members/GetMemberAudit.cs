using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Members;

/// <summary>Who read or changed a member's record, newest first, with the field-level changes (managers); paged.</summary>
public static class GetMemberAudit
{
    public sealed record Query(Guid MemberId, int? Page = null, int? PageSize = null) : IRequest<Paged<ListAuditEntries.AuditEntryDto>>;

    public sealed class Handler(AppDbContext db, IMediator mediator) : IRequestHandler<Query, Paged<ListAuditEntries.AuditEntryDto>>
    {
        public async Task<Paged<ListAuditEntries.AuditEntryDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (!await db.Set<Member>().AnyAsync(m => m.Id == request.MemberId, cancellationToken))
            {
                throw MemberProblems.NotFound(request.MemberId);
            }

            return await mediator.Send(new ListAuditEntries.Query(MemberAuditSnapshot.EntityType, request.MemberId.ToString(), request.Page, request.PageSize),
                cancellationToken);
        }
    }
}
