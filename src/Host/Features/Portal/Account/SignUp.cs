using DomatAljandal.Domain;
using DomatAljandal.Domain.Members;
using DomatAljandal.Domain.People;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Portal.Account;

/// <summary>
/// Portal sign-up. A known member proves who they are with their national ID, their mobile on record and a one-time code
/// sent to them (SMS or email, as they prefer), then chooses an email and password: the account is linked to their record.
/// Someone the society does not know yet applies as new: the account opens at once but sees only "pending" until staff
/// approve the registration.
/// </summary>
public static class SignUp
{
    /// <summary>Step 1 of linking: national ID and mobile must both match one member record.</summary>
    public sealed record Start(string? NationalId, string? Mobile) : IRequest<CodeSent>;

    /// <summary>
    /// The same answer whether or not the national ID and mobile match a member (and whether they already have an account):
    /// the code, if any, went to the member's own channel, so the answer tells a stranger nothing.
    /// </summary>
    /// <param name="VerificationId">Give it back with the code.</param>
    /// <param name="ExpiresAt">Ten minutes after sending.</param>
    /// <param name="Message">What to tell the person, in Arabic and English.</param>
    public sealed record CodeSent(Guid VerificationId, DateTimeOffset ExpiresAt, string Message);

    /// <summary>Step 2 of linking: the code, and the email and password of the new account.</summary>
    public sealed record Complete(Guid VerificationId, string? Code, string? Email, string? Password) : IRequest<PortalAccounts.PortalAccountDto>;

    /// <summary>
    /// Not on record yet: the four-part name, national ID, mobile, email and password; and the consents the applicant
    /// ticked themselves (none by default) with the privacy notice version they were shown.
    /// </summary>
    public sealed record Apply(string? FirstName, string? FatherName, string? GrandfatherName, string? FamilyName, string? NationalId, string? Mobile,
        string? City, string? Email, string? Password, bool ConsentToContact = false, bool ConsentToDataProcessing = false, int? PrivacyNoticeVersion = null)
        : IRequest<Applied>;

    /// <summary>
    /// The same answer whether the registration was taken or the national ID is on record, waits already, or the email has
    /// an account: the message says what to do in each case, so it tells a stranger nothing.
    /// </summary>
    public sealed record Applied(string Message);

    public sealed class Handler(AppDbContext db, PortalCodes codes, PortalAccounts accounts, TimeProvider clock) :
        IRequestHandler<Start, CodeSent>,
        IRequestHandler<Complete, PortalAccounts.PortalAccountDto>,
        IRequestHandler<Apply, Applied>
    {
        public async Task<CodeSent> Handle(Start request, CancellationToken cancellationToken)
        {
            if (!NationalId.TryParse(request.NationalId, out var id))
            {
                throw new DomainRuleException("nationalId", "رقم الهوية الوطنية أو الإقامة غير صحيح.", "The national ID or iqama number is not valid.");
            }

            if (!MobileNumber.TryParse(request.Mobile, out var mobile))
            {
                throw new DomainRuleException("mobile", "رقم الجوال غير صحيح.", "The mobile number is not valid.");
            }

            var member = await db.Set<Member>().FirstOrDefaultAsync(m => m.NationalId == id.Value && m.Mobile == mobile.Value, cancellationToken);
            var decoy = new CodeSent(Guid.NewGuid(), clock.GetUtcNow() + PortalCode.Lifetime, CodeSentMessage);
            if (member is null || await db.Users.AnyAsync(u => u.MemberId == member.Id, cancellationToken))
            {
                return decoy;
            }

            try
            {
                var code = await codes.SendAsync(PortalCodePurpose.SignUp, member, null, null, cancellationToken);
                return new CodeSent(code.Id, code.ExpiresAt, CodeSentMessage);
            }
            catch (ProblemException ex) when (ex.Status == StatusCodes.Status429TooManyRequests)
            {
                return decoy;
            }
        }

        private const string CodeSentMessage =
            "إن طابق رقم الهوية والجوال سجل عضو أرسلنا رمزًا إلى جوالك أو بريدك المسجل لدى الجمعية، صالحًا ١٠ دقائق؛ وإلا فتقدّم بطلب تسجيل جديد. / " +
            "If the national ID and mobile match a member record, a code valid for 10 minutes was sent to the mobile or email on record; otherwise apply as a new member.";

        public async Task<PortalAccounts.PortalAccountDto> Handle(Complete request, CancellationToken cancellationToken)
        {
            // The code first: only the member it was sent to learns whether an email is taken.
            var code = await codes.VerifyAsync(
                db.Set<PortalCode>().Where(c => c.Id == request.VerificationId && c.Purpose == PortalCodePurpose.SignUp), request.Code, cancellationToken);
            var member = await db.Set<Member>().AsNoTracking().FirstAsync(m => m.Id == code.MemberId, cancellationToken);
            await CreatePortalAccount.EnsureNoAccountAsync(db, member.Id, cancellationToken);
            var user = await accounts.CreateAsync(request.Email, request.Password, member.FullName, member.Id);
            return new PortalAccounts.PortalAccountDto(user.Id, user.Email!, member.Id, user.FullName);
        }

        public async Task<Applied> Handle(Apply request, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            // Member.Register checks every part (Arabic name, ID check digit, mobile, email) the way the registry does, and
            // the password rules are checked too, all before anything is looked up.
            var details = Member.Register(new MemberRegistration
            {
                FirstName = request.FirstName!,
                FatherName = request.FatherName!,
                GrandfatherName = request.GrandfatherName!,
                FamilyName = request.FamilyName!,
                NationalId = request.NationalId!,
                Mobile = request.Mobile!,
                Email = request.Email,
                City = request.City,
                PreferredChannel = ContactChannel.Sms,
                PreferredLanguage = "ar",
                ConsentToContact = request.ConsentToContact,
                ConsentToDataProcessing = request.ConsentToDataProcessing,
            }, now);
            var email = details.Email ?? throw ProblemException.Validation("email", "البريد الإلكتروني مطلوب لحساب البوابة.", "An email is required for a portal account.");
            await accounts.EnsureStrongPasswordAsync(request.Password);
            var known = await db.Set<Member>().AnyAsync(m => m.NationalId == details.NationalId, cancellationToken)
                        || await db.Set<PendingPortalRegistration>().AnyAsync(r => r.NationalId == details.NationalId && r.Status == PendingRegistrationStatus.Pending, cancellationToken)
                        || await accounts.IsEmailTakenAsync(email);
            if (!known)
            {
                var user = await accounts.CreateAsync(request.Email, request.Password, details.FullName, memberId: null);
                db.Add(PendingPortalRegistration.Submit(user.Id, details, request.PrivacyNoticeVersion, now));
                await db.SaveChangesAsync(cancellationToken);
            }

            return new Applied(AppliedMessage);
        }

        private const string AppliedMessage =
            "استلمنا طلب تسجيلك، وسيراجعه موظف علاقات الأعضاء، ويمكنك الدخول ببريدك وكلمة المرور لمتابعته. إن كنت مسجلًا لدى الجمعية من قبل فاربط حسابك برقم الهوية والجوال، وإن كان لبريدك حساب فسجّل الدخول أو استعد كلمة المرور. / " +
            "We received your registration; a member relations officer will review it, and you can sign in with your email and password to follow it. If you are already on record with the society, link your account with your national ID and mobile instead; if your email already has an account, sign in or reset the password.";
    }
}
