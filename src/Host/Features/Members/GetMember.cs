using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Members;

/// <summary>A member's record. Reading personal data is audited (a <see cref="AuditAction.Viewed"/> entry per read).</summary>
public static class GetMember
{
    /// <summary>maskIdentifiers: the viewer sees the national ID and mobile masked.</summary>
    public sealed record Query(Guid MemberId, bool MaskIdentifiers = false) : IRequest<MemberDetails>;

    public sealed class Handler(AppDbContext db, AuditTrail audit) : IRequestHandler<Query, MemberDetails>
    {
        public async Task<MemberDetails> Handle(Query request, CancellationToken cancellationToken)
        {
            var found = await db.Set<Member>().AsNoTracking()
                            .Where(m => m.Id == request.MemberId)
                            .Select(m => new { Member = m, Version = EF.Property<int>(m, MemberVersion.PropertyName) })
                            .FirstOrDefaultAsync(cancellationToken)
                        ?? throw MemberProblems.NotFound(request.MemberId);
            await audit.RecordViewAsync(MemberAuditSnapshot.EntityType, found.Member.Id.ToString(), cancellationToken);
            var details = MemberDetails.From(found.Member, found.Version);
            return request.MaskIdentifiers ? details.Masked() : details;
        }
    }
}
