using DomatAljandal.Domain;
using DomatAljandal.Domain.Members;
using DomatAljandal.Domain.People;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Members;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Portal.Account;

/// <summary>
/// The member changes their own mobile or email in the portal (#19, item 6). The new address gets a one-time code and
/// nothing changes until the code is entered; then the change is audited on the member's record and the old address is
/// told (a member who had no email is told on their mobile), so a stolen session cannot quietly move the account.
/// </summary>
public static class ChangeContact
{
    public sealed record Body(string? Mobile, string? Email);

    public sealed record ConfirmBody(string? Code);

    /// <summary>Sends the code to the new address given in <paramref name="Body"/> (one of mobile, email).</summary>
    public sealed record Request(PortalMember Me, Body Body) : IRequest<CodeSent>;

    public sealed record Confirm(PortalMember Me, string? Code) : IRequest<ContactDetails>;

    public sealed record Current(PortalMember Me) : IRequest<ContactDetails>;

    /// <summary><c>channel</c>: Sms or Email, where the code went; <c>sentTo</c>: the new address as it will be kept.</summary>
    public sealed record CodeSent(NotificationChannel Channel, string SentTo, DateTimeOffset ExpiresAt);

    public sealed record ContactDetails(string Mobile, string MobileLocal, string? Email)
    {
        public static ContactDetails Of(Member member) =>
            new(member.Mobile, MobileNumber.TryParse(member.Mobile, out var m) ? m.LocalNumber : member.Mobile, member.Email);
    }

    public sealed class Handler(AppDbContext db, PortalCodes codes, IMemberNotifier notifier, AuditTrail audit, TimeProvider clock)
        : IRequestHandler<Request, CodeSent>, IRequestHandler<Confirm, ContactDetails>, IRequestHandler<Current, ContactDetails>
    {
        public async Task<ContactDetails> Handle(Current request, CancellationToken cancellationToken) =>
            ContactDetails.Of(await db.Set<Member>().AsNoTracking().FirstAsync(m => m.Id == request.Me.MemberId, cancellationToken));

        public async Task<CodeSent> Handle(Request request, CancellationToken cancellationToken)
        {
            var member = await db.Set<Member>().AsNoTracking().FirstAsync(m => m.Id == request.Me.MemberId, cancellationToken);
            var (mobile, email) = NewAddress(member, request.Body);
            var code = await codes.SendContactChangeAsync(member, request.Me.UserId, mobile, email, cancellationToken);
            return new CodeSent(mobile is null ? NotificationChannel.Email : NotificationChannel.Sms, mobile ?? email!, code.ExpiresAt);
        }

        public async Task<ContactDetails> Handle(Confirm request, CancellationToken cancellationToken)
        {
            var memberId = request.Me.MemberId;
            var code = await codes.VerifyAsync(db.Set<PortalCode>().Where(c => c.MemberId == memberId && c.Purpose == PortalCodePurpose.ContactChange),
                request.Code, cancellationToken);
            var member = await db.Set<Member>().FirstAsync(m => m.Id == memberId, cancellationToken);
            var before = MemberAuditSnapshot.Of(member);
            // Told where the member could be reached before the change: the old mobile, or the old email (the mobile when there was none).
            var oldAddress = code.NewMobile is not null || member.Email is null
                ? new MemberContact(null, member.Mobile, NotificationChannel.Sms, member.PreferredLanguage, member.FullName, member.IsFemale)
                : new MemberContact(member.Email, null, NotificationChannel.Email, member.PreferredLanguage, member.FullName, member.IsFemale);
            if (code.NewMobile is { } mobile)
            {
                member.ChangeMobile(mobile);
            }
            else
            {
                member.ChangeEmail(code.NewEmail);
            }

            await MemberDuplicates.RefuseTakenIdentifiersAsync(db, member, cancellationToken);
            MemberVersion.Touch(db, member);
            audit.Record(AuditAction.Updated, MemberAuditSnapshot.EntityType, member.Id.ToString(),
                new { changes = AuditTrail.Changes(before, MemberAuditSnapshot.Of(member)), by = "portal", confirmedWith = "one-time code sent to the new address" });
            var what = code.NewMobile is null ? ("البريد الإلكتروني", "email address") : ("رقم الجوال", "mobile number");
            await notifier.EnqueueForMemberAsync(oldAddress, NotificationTemplateKeys.ContactChanged, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["changed"] = what,
                ["changedAt"] = clock.GetUtcNow(),
            }, null, $"contact-changed:{code.Id:N}", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return ContactDetails.Of(member);
        }

        /// <summary>Exactly one new address, valid and not the one already held.</summary>
        private static (string? Mobile, string? Email) NewAddress(Member member, Body body)
        {
            var hasMobile = !string.IsNullOrWhiteSpace(body.Mobile);
            var hasEmail = !string.IsNullOrWhiteSpace(body.Email);
            if (hasMobile == hasEmail)
            {
                throw ProblemException.Validation("mobile", "اكتب رقم جوال جديدًا أو بريدًا إلكترونيًا جديدًا، واحدًا منهما.",
                    "Give a new mobile or a new email, one of the two.");
            }

            if (hasMobile)
            {
                var mobile = Member.CheckMobile(body.Mobile!);
                return mobile == member.Mobile
                    ? throw ProblemException.Validation("mobile", "هذا هو رقم جوالك الحالي.", "This is already your mobile number.")
                    : (mobile, null);
            }

            var email = Member.CheckEmail(body.Email);
            return string.Equals(email, member.Email, StringComparison.OrdinalIgnoreCase)
                ? throw ProblemException.Validation("email", "هذا هو بريدك الحالي.", "This is already your email address.")
                : (null, email);
        }
    }
}
