using System.Text.Json.Serialization;
using DomatAljandal.Domain.Members;
using DomatAljandal.Domain.People;

namespace DomatAljandal.Host.Features.Members;

/// <summary>
/// A member as the registry shows and edits them. <see cref="Warnings"/> is present only on a create or update answer
/// (e.g. another member has the same mobile); send <see cref="Version"/> back with an update.
/// </summary>
public sealed record MemberDetails(
    Guid Id,
    int Version,
    string FirstName,
    string FatherName,
    string GrandfatherName,
    string FamilyName,
    string FullName,
    string? EnglishName,
    string NationalId,
    NationalIdKind? NationalIdKind,
    string Mobile,
    string MobileLocal,
    string? Email,
    string? City,
    ContactChannel PreferredChannel,
    string PreferredLanguage,
    bool ConsentToContact,
    DateTimeOffset? ConsentToContactAt,
    bool ConsentToDataProcessing,
    DateTimeOffset? ConsentToDataProcessingAt,
    bool? ConsentToSms,
    bool? ConsentToEmail,
    IReadOnlyList<string> Roles,
    MembershipStatus Status,
    string? MembershipNumber,
    int Shares,
    DateOnly? JoinedOn,
    IReadOnlyList<ApiaryDto> Apiaries,
    DateTimeOffset RegisteredAt)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MemberWarning>? Warnings { get; init; }

    /// <summary>True when the national ID and mobile are shown masked to this viewer (see <c>IdentifierMasking</c>).</summary>
    public bool IdentifiersMasked { get; init; }

    /// <summary>The same record with the national ID and mobile masked.</summary>
    public MemberDetails Masked() => this with
    {
        NationalId = Privacy.IdentifierMasking.NationalId(NationalId),
        Mobile = Privacy.IdentifierMasking.Mobile(Mobile),
        MobileLocal = Privacy.IdentifierMasking.Mobile(MobileLocal),
        IdentifiersMasked = true,
    };
    /// <summary>Male, Female or null (not recorded).</summary>
    public Gender? Gender { get; init; }

    public static MemberDetails From(Member member, int version) => new(
        member.Id,
        version,
        member.FirstName,
        member.FatherName,
        member.GrandfatherName,
        member.FamilyName,
        member.FullName,
        member.EnglishName,
        member.NationalId,
        // An erased member's placeholder is no ID: no kind.
        Domain.People.NationalId.TryParse(member.NationalId, out var nationalId) ? nationalId.Kind : null,
        member.Mobile,
        MobileNumber.Parse(member.Mobile).LocalNumber,
        member.Email,
        member.City,
        member.PreferredChannel,
        member.PreferredLanguage,
        member.ConsentToContact,
        member.ConsentToContactAt,
        member.ConsentToDataProcessing,
        member.ConsentToDataProcessingAt,
        // The member's own answer per channel; null when never asked (the consent to be contacted covers it).
        member.ConsentToSmsAt is null ? null : member.ConsentToSms,
        member.ConsentToEmailAt is null ? null : member.ConsentToEmail,
        MemberRoleNames.Of(member.Roles),
        member.Status,
        member.MembershipNumber,
        member.Shares,
        member.JoinedOn,
        [.. member.Apiaries.Select(a => new ApiaryDto(a.Id, a.Location, a.HiveCount))],
        member.RegisteredAt)
    {
        Gender = member.Gender,
    };
}

public sealed record ApiaryDto(Guid Id, string Location, int HiveCount);

/// <summary>Something the officer should look at, which did not stop the save: <c>{ field: "mobile", message, existingMemberId }</c>.</summary>
public sealed record MemberWarning(string Field, string Message, string MessageAr, Guid? ExistingMemberId);
