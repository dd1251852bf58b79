using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Members;

/// <summary>
/// Changes a member's record from the registry form: the version the officer edited must still be the stored one
/// (409 otherwise); every changed field is audited with its old and new value; an unchanged form saves nothing.
/// </summary>
public static class UpdateMember
{
    /// <summary>actor: The user name of the officer, recorded with any consent changed.</summary>
    public sealed record Command(Guid MemberId, MemberInput Input, string Actor) : IRequest<MemberDetails>;

    public sealed class Handler(AppDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<Command, MemberDetails>
    {
        public async Task<MemberDetails> Handle(Command request, CancellationToken cancellationToken)
        {
            var member = await db.Set<Member>().FirstOrDefaultAsync(m => m.Id == request.MemberId, cancellationToken)
                         ?? throw MemberProblems.NotFound(request.MemberId);
            MemberVersion.EnsureExpected(db, member, request.Input.Version);

            var before = MemberAuditSnapshot.Of(member);
            MemberChanges.Update(member, request.Input, request.Actor, clock.GetUtcNow());
            var changes = AuditTrail.Changes(before, MemberAuditSnapshot.Of(member));
            if (changes.Count > 0)
            {
                await MemberDuplicates.RefuseTakenIdentifiersAsync(db, member, cancellationToken);
                MemberVersion.Touch(db, member);
                audit.Record(AuditAction.Updated, MemberAuditSnapshot.EntityType, member.Id.ToString(), changes);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
                {
                    db.ChangeTracker.Clear();
                    throw MemberProblems.SavedConcurrently(ex.InnerException?.Message);
                }
            }

            var warnings = await MemberDuplicates.WarningsAsync(db, member, cancellationToken);
            return MemberDetails.From(member, MemberVersion.Of(db, member)) with { Warnings = warnings };
        }
    }
}
