using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Members;

/// <summary>
/// A member as typed on the registry form or sent to <c>POST</c>/<c>PUT /api/members</c>. Checked by the
/// <see cref="Member"/> entity, which names the field at fault. On an update, a null list, object, enum or consent
/// means "unchanged"; text fields are replaced as sent (a blank email or city removes it).
/// </summary>
public sealed record MemberInput
{
    public string? FirstName { get; init; }

    public string? FatherName { get; init; }

    public string? GrandfatherName { get; init; }

    public string? FamilyName { get; init; }

    public string? EnglishName { get; init; }

    /// <summary>National ID or iqama number, in any digits.</summary>
    public string? NationalId { get; init; }

    /// <summary>As typed: 05…, 5…, +966…, 00966…, Arabic-Indic digits.</summary>
    public string? Mobile { get; init; }

    public string? Email { get; init; }

    /// <summary>City or village.</summary>
    public string? City { get; init; }

    /// <summary><c>Male</c>, <c>Female</c> or <c>Unspecified</c> (clears it); how letters address the member.</summary>
    public string? Gender { get; init; }

    /// <summary><c>Sms</c> or <c>Email</c>.</summary>
    public string? PreferredChannel { get; init; }

    /// <summary><c>ar</c> or <c>en</c>.</summary>
    public string? PreferredLanguage { get; init; }

    public bool? ConsentToContact { get; init; }

    public bool? ConsentToDataProcessing { get; init; }

    /// <summary>The member's answer for SMS announcements and reminders; null: not asked (the consent to be contacted covers it).</summary>
    public bool? ConsentToSms { get; init; }

    /// <summary>The member's answer for email announcements and reminders; null: not asked (the consent to be contacted covers it).</summary>
    public bool? ConsentToEmail { get; init; }

    /// <summary>How the member gave or withdrew the consents above: <c>Desk</c> (default) or <c>Letter</c>; the portal records its own.</summary>
    public string? ConsentMethod { get; init; }

    /// <summary>The privacy notice version the member was shown when consenting.</summary>
    public int? PrivacyNoticeVersion { get; init; }

    /// <summary>Any of <c>GeneralAssemblyMember</c> (needs <see cref="Membership"/>), <c>Supporter</c>, <c>Volunteer</c>, <c>Beneficiary</c>.</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>The general-assembly membership: number, shares and joining day.</summary>
    public MembershipInput? Membership { get; init; }

    /// <summary><c>Active</c>, <c>Suspended</c> or <c>Withdrawn</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The member's apiaries; on an update, an item without <c>id</c> is added and a missing one removed.</summary>
    public IReadOnlyList<ApiaryInput>? Apiaries { get; init; }

    /// <summary>On an update: the version the officer edited; a stale one is refused with 409.</summary>
    public int? Version { get; init; }

    /// <summary>Null: not sent (unchanged on an update); <c>Unspecified</c>: no gender recorded.</summary>
    internal (bool Given, Gender? Value) ParseGender() =>
        Gender is null ? (false, null)
        : string.Equals(Gender.Trim(), "Unspecified", StringComparison.OrdinalIgnoreCase) ? (true, null)
        : (true, ParseEnum<Gender>(Gender, "gender"));

    internal ContactChannel? ParsePreferredChannel() => ParseEnum<ContactChannel>(PreferredChannel, "preferredChannel");

    internal ConsentMethod? ParseConsentMethod() => ParseEnum<ConsentMethod>(ConsentMethod, "consentMethod") switch
    {
        Domain.Members.ConsentMethod.Portal => throw ProblemException.Validation("consentMethod", "The desk records consents given at the desk (Desk) or by letter (Letter)."),
        var method => method,
    };

    internal MembershipStatus? ParseStatus() => ParseEnum<MembershipStatus>(Status, "status");

    private static T? ParseEnum<T>(string? value, string field)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return !char.IsAsciiDigit(value.Trim()[0]) && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw ProblemException.Validation(field, $"{field} is one of: {string.Join(", ", Enum.GetNames<T>())}.");
    }
}

public sealed record MembershipInput(string? MembershipNumber, int Shares, DateOnly? JoinedOn);

public sealed record ApiaryInput(Guid? Id, string? Location, int HiveCount);
