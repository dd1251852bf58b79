using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Features.Members;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>Who read or changed a member's record lately, for the member page (the full trail is for managers).</summary>
public static class RecentAccess
{
    public const int Count = 10;

    public sealed record Query(Guid MemberId) : IRequest<IReadOnlyList<Access>>;

    public sealed record Access(DateTimeOffset At, string Actor, AuditAction Action);

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, IReadOnlyList<Access>>
    {
        public async Task<IReadOnlyList<Access>> Handle(Query request, CancellationToken cancellationToken)
        {
            var key = request.MemberId.ToString();
            var rows = await db.Set<AuditEntry>().AsNoTracking()
                .Where(a => a.EntityType == MemberAuditSnapshot.EntityType && a.EntityId == key)
                .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Take(Count)
                .Select(a => new { a.AtUtc, a.Actor, a.Action }).ToListAsync(cancellationToken);
            return [.. rows.Select(r => new Access(StoredTimes.AsOffset(r.AtUtc), r.Actor, r.Action))];
        }
    }
}
