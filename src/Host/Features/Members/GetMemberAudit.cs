using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Members;

/// <summary>Who read or changed a member's record, newest first, with the field-level changes (managers).</summary>
public static class GetMemberAudit
{
    public const int MaxEntries = 500;

    public sealed record Query(Guid MemberId, int Take = 200) : IRequest<IReadOnlyList<AuditEndpoints.AuditEntryDto>>;

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, IReadOnlyList<AuditEndpoints.AuditEntryDto>>
    {
        public async Task<IReadOnlyList<AuditEndpoints.AuditEntryDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (request.Take is < 1 or > MaxEntries)
            {
                throw Infrastructure.ProblemException.Validation("take", $"عدد القيود بين 1 و{MaxEntries}.", $"take is between 1 and {MaxEntries}.");
            }

            if (!await db.Set<Member>().AnyAsync(m => m.Id == request.MemberId, cancellationToken))
            {
                throw MemberProblems.NotFound(request.MemberId);
            }

            var entityId = request.MemberId.ToString();
            var entries = await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.EntityType == MemberAuditSnapshot.EntityType && e.EntityId == entityId)
                .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
                .Take(request.Take)
                .ToListAsync(cancellationToken);
            return
            [
                .. entries.Select(e => new AuditEndpoints.AuditEntryDto(e.Id, new DateTimeOffset(DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc)),
                    e.Actor, e.Action, e.EntityType, e.EntityId, e.Details, e.IpAddress)),
            ];
        }
    }
}
