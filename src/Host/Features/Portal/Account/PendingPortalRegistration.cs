using DomatAljandal.Domain;

namespace DomatAljandal.Host.Features.Portal.Account;

/// <summary>
/// A person who signed up on the portal without an existing member record. Their account can sign in but sees only
/// "pending" until staff approve the registration, which creates the member record and links the account.
/// </summary>
public sealed class PendingPortalRegistration
{
    private PendingPortalRegistration()
    {
        UserId = FirstName = FatherName = GrandfatherName = FamilyName = NationalId = Mobile = Email = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The portal account waiting for the link.</summary>
    public string UserId { get; private set; }

    public string FirstName { get; private set; }

    public string FatherName { get; private set; }

    public string GrandfatherName { get; private set; }

    public string FamilyName { get; private set; }

    public string NationalId { get; private set; }

    public string Mobile { get; private set; }

    public string Email { get; private set; }

    public string? City { get; private set; }

    /// <summary>Consent to be contacted, as the applicant gave it on the sign-up form (never assumed).</summary>
    public bool ConsentToContact { get; private set; }

    public bool ConsentToDataProcessing { get; private set; }

    /// <summary>The privacy notice version shown on the sign-up form.</summary>
    public int? PrivacyNoticeVersion { get; private set; }

    public PendingRegistrationStatus Status { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>The member record created on approval.</summary>
    public Guid? MemberId { get; private set; }

    public string FullName => $"{FirstName} {FatherName} {GrandfatherName} {FamilyName}";

    /// <summary>The parts were already checked by building a <see cref="Domain.Members.Member"/> from them.</summary>
    public static PendingPortalRegistration Submit(string userId, Domain.Members.Member checkedDetails, int? privacyNoticeVersion, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        UserId = userId,
        FirstName = checkedDetails.FirstName,
        FatherName = checkedDetails.FatherName,
        GrandfatherName = checkedDetails.GrandfatherName,
        FamilyName = checkedDetails.FamilyName,
        NationalId = checkedDetails.NationalId,
        Mobile = checkedDetails.Mobile,
        Email = checkedDetails.Email ?? string.Empty,
        City = checkedDetails.City,
        ConsentToContact = checkedDetails.ConsentToContact,
        ConsentToDataProcessing = checkedDetails.ConsentToDataProcessing,
        PrivacyNoticeVersion = privacyNoticeVersion,
        Status = PendingRegistrationStatus.Pending,
        SubmittedAt = at,
    };

    public void Approve(Guid memberId, string decidedBy, DateTimeOffset at)
    {
        EnsurePending();
        Status = PendingRegistrationStatus.Approved;
        MemberId = memberId;
        DecidedBy = decidedBy;
        DecidedAt = at;
    }

    public void Reject(string reason, string decidedBy, DateTimeOffset at)
    {
        EnsurePending();
        RejectionReason = Require.Text(reason, 1000, "reason", "سبب الرفض", "The reason");
        Status = PendingRegistrationStatus.Rejected;
        DecidedBy = decidedBy;
        DecidedAt = at;
    }

    private void EnsurePending()
    {
        if (Status != PendingRegistrationStatus.Pending)
        {
            throw new DomainRuleException("status", "طلب التسجيل تم البت فيه مسبقًا.", "The registration has already been decided.");
        }
    }
}

public enum PendingRegistrationStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}
