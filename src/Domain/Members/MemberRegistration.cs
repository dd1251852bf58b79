namespace DomatAljandal.Domain.Members;

/// <summary>What <see cref="Member.Register"/> needs, as typed by the member or the officer; it is validated there.</summary>
public sealed record MemberRegistration
{
    public required string FirstName { get; init; }

    public required string FatherName { get; init; }

    public required string GrandfatherName { get; init; }

    public required string FamilyName { get; init; }

    public string? EnglishName { get; init; }

    /// <summary>National ID or iqama number, in any digits.</summary>
    public required string NationalId { get; init; }

    /// <summary>A Saudi mobile number as written (05…, +966…, ٠٥…).</summary>
    public required string Mobile { get; init; }

    public string? Email { get; init; }

    public string? City { get; init; }

    /// <summary>Optional; how letters address the member.</summary>
    public Gender? Gender { get; init; }

    public ContactChannel PreferredChannel { get; init; } = ContactChannel.Sms;

    /// <summary>"ar" or "en".</summary>
    public string PreferredLanguage { get; init; } = "ar";

    public bool ConsentToContact { get; init; }

    public bool ConsentToDataProcessing { get; init; }

    /// <summary>The answer for SMS when the member was asked per channel; null when not asked (the consent to be contacted covers it).</summary>
    public bool? ConsentToSms { get; init; }

    /// <summary>The answer for email when the member was asked per channel; null when not asked (the consent to be contacted covers it).</summary>
    public bool? ConsentToEmail { get; init; }

    /// <summary>How the consents above were given, when they were.</summary>
    public ConsentMethod ConsentMethod { get; init; } = ConsentMethod.Desk;

    /// <summary>The user name of whoever recorded the consents (the officer, or the member in the portal).</summary>
    public string? ConsentRecordedBy { get; init; }

    /// <summary>The privacy notice version the member was shown.</summary>
    public int? PrivacyNoticeVersion { get; init; }

    /// <summary>Supporter, volunteer and/or beneficiary. General-assembly membership comes later, through admission.</summary>
    public MemberRoles Roles { get; init; }
}
