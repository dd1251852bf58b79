using DomatAljandal.Domain;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Members;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>Opens a member's national ID and mobile for a viewer who sees them masked: the reason is required and audited.</summary>
public static class RevealIdentifiers
{
    public sealed record Command(Guid MemberId, string? Reason) : IRequest<Identifiers>;

    public sealed record Identifiers(string NationalId, string Mobile, string MobileLocal);

    public sealed class Handler(AppDbContext db, AuditTrail audit) : IRequestHandler<Command, Identifiers>
    {
        public async Task<Identifiers> Handle(Command request, CancellationToken cancellationToken)
        {
            var reason = Require.Text(request.Reason, 500, "reason", "سبب الاطلاع", "The reason to see them");
            var member = await db.Set<Member>().AsNoTracking().Where(m => m.Id == request.MemberId)
                             .Select(m => new { m.NationalId, m.Mobile }).FirstOrDefaultAsync(cancellationToken)
                         ?? throw MemberProblems.NotFound(request.MemberId);
            audit.Record(AuditAction.Viewed, MemberAuditSnapshot.EntityType, request.MemberId.ToString(), new { revealed = new[] { "nationalId", "mobile" }, reason });
            await db.SaveChangesAsync(cancellationToken);
            return new Identifiers(member.NationalId, member.Mobile, Domain.People.MobileNumber.TryParse(member.Mobile, out var m) ? m.LocalNumber : member.Mobile);
        }
    }
}
