using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Portal.Account;

/// <summary>
/// Staff review people who applied on the portal without a member record: approving registers the member (the same
/// checks as the registry, national ID unique) and links their account; rejecting keeps the reason.
/// </summary>
public static class PendingRegistrations
{
    public sealed record List(PendingRegistrationStatus? Status, int? Page = null, int? PageSize = null) : IRequest<Paged<RegistrationDto>>;

    public sealed record Approve(Guid RegistrationId, string Actor) : IRequest<RegistrationDto>;

    public sealed record Reject(Guid RegistrationId, string? Reason, string Actor) : IRequest<RegistrationDto>;

    public sealed record RegistrationDto(Guid Id, string FullName, string NationalId, string Mobile, string Email, string? City,
        PendingRegistrationStatus Status, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, string? DecidedBy, string? RejectionReason, Guid? MemberId)
    {
        public static RegistrationDto From(PendingPortalRegistration r) => new(r.Id, r.FullName, r.NationalId, r.Mobile, r.Email, r.City, r.Status,
            r.SubmittedAt, r.DecidedAt, r.DecidedBy, r.RejectionReason, r.MemberId);
    }

    public sealed class Handler(AppDbContext db, AuditTrail audit, TimeProvider clock) :
        IRequestHandler<List, Paged<RegistrationDto>>,
        IRequestHandler<Approve, RegistrationDto>,
        IRequestHandler<Reject, RegistrationDto>
    {
        public async Task<Paged<RegistrationDto>> Handle(List request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var status = request.Status ?? PendingRegistrationStatus.Pending;
            var page = await paging.ReadAsync(db.Set<PendingPortalRegistration>().AsNoTracking().Where(r => r.Status == status)
                .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id), cancellationToken);
            return page.Select(RegistrationDto.From);
        }

        public async Task<RegistrationDto> Handle(Approve request, CancellationToken cancellationToken)
        {
            var registration = await FindAsync(request.RegistrationId, cancellationToken);
            if (registration.Status != PendingRegistrationStatus.Pending)
            {
                throw new ProblemException(StatusCodes.Status409Conflict, "The registration has already been decided.");
            }

            var user = await db.Users.FirstOrDefaultAsync(u => u.Id == registration.UserId, cancellationToken)
                       ?? throw new ProblemException(StatusCodes.Status409Conflict, "The applicant's account no longer exists.");
            if (await db.Set<Member>().AnyAsync(m => m.NationalId == registration.NationalId, cancellationToken))
            {
                throw new ProblemException(StatusCodes.Status409Conflict, "A member with this national ID is already on record.",
                    "Link the account to the existing member instead (open a portal account from the member's page).");
            }

            var now = clock.GetUtcNow();
            var member = Member.Register(new MemberRegistration
            {
                FirstName = registration.FirstName,
                FatherName = registration.FatherName,
                GrandfatherName = registration.GrandfatherName,
                FamilyName = registration.FamilyName,
                NationalId = registration.NationalId,
                Mobile = registration.Mobile,
                Email = registration.Email,
                City = registration.City,
                PreferredChannel = ContactChannel.Sms,
                PreferredLanguage = "ar",
            }, now);
            // The consents are the applicant's own, as ticked on the sign-up form; approving them is not consenting for them.
            var evidence = new ConsentEvidence(registration.SubmittedAt, ConsentMethod.Portal, registration.Email, registration.PrivacyNoticeVersion);
            member.RecordConsent(ConsentKind.Contact, registration.ConsentToContact, evidence);
            member.RecordConsent(ConsentKind.DataProcessing, registration.ConsentToDataProcessing, evidence);
            db.Add(member);
            user.MemberId = member.Id;
            registration.Approve(member.Id, request.Actor, now);
            audit.Record(AuditAction.Created, "Member", member.Id.ToString(), new { source = "portal-registration", registrationId = registration.Id });
            await db.SaveChangesAsync(cancellationToken);
            return RegistrationDto.From(registration);
        }

        public async Task<RegistrationDto> Handle(Reject request, CancellationToken cancellationToken)
        {
            var registration = await FindAsync(request.RegistrationId, cancellationToken);
            registration.Reject(request.Reason ?? string.Empty, request.Actor, clock.GetUtcNow());
            audit.Record(AuditAction.Updated, "PortalRegistration", registration.Id.ToString(), new { status = "Rejected" });
            await db.SaveChangesAsync(cancellationToken);
            return RegistrationDto.From(registration);
        }

        private async Task<PendingPortalRegistration> FindAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Set<PendingPortalRegistration>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such registration.");
    }
}
