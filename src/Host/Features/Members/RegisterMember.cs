using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Members;

/// <summary>
/// Registers a person with the society (the staff registry's "new member"): checked by the entity, refused when the
/// national ID is taken, warned when the mobile is; the member, their search tokens and the audit entry commit together.
/// </summary>
public static class RegisterMember
{
    /// <summary>actor: The user name of the officer, recorded with the consents.</summary>
    public sealed record Command(MemberInput Input, string Actor) : IRequest<MemberDetails>;

    public sealed class Handler(AppDbContext db, AuditTrail audit, TimeProvider clock, ILogger<Handler> logger) : IRequestHandler<Command, MemberDetails>
    {
        public async Task<MemberDetails> Handle(Command request, CancellationToken cancellationToken)
        {
            var member = MemberChanges.Register(request.Input, request.Actor, clock.GetUtcNow());
            await MemberDuplicates.RefuseTakenIdentifiersAsync(db, member, cancellationToken);
            var warnings = await MemberDuplicates.WarningsAsync(db, member, cancellationToken);

            db.Add(member);
            MemberVersion.Touch(db, member);
            audit.Record(AuditAction.Created, MemberAuditSnapshot.EntityType, member.Id.ToString(), MemberAuditSnapshot.Of(member));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
            {
                // Two desks registering the same national ID at once: the unique index lets one win.
                db.ChangeTracker.Clear();
                throw MemberProblems.SavedConcurrently(ex.InnerException?.Message);
            }

            logger.LogInformation("Member {MemberId} registered with {WarningCount} warnings", member.Id, warnings.Count);
            return MemberDetails.From(member, MemberVersion.Of(db, member)) with { Warnings = warnings };
        }
    }
}
