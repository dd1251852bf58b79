using System.Globalization;
using DomatAljandal.Domain.Members;

namespace DomatAljandal.Host.Features.Members;

/// <summary>
/// The member's audited fields as text, field by field: a creation stores it whole, an update stores
/// <see cref="Audit.AuditTrail.Changes"/> between two of them (<c>{"mobile": {"from": …, "to": …}}</c>).
/// </summary>
internal static class MemberAuditSnapshot
{
    public const string EntityType = "Member";

    public static Dictionary<string, object?> Of(Member member) => new()
    {
        ["firstName"] = member.FirstName,
        ["fatherName"] = member.FatherName,
        ["grandfatherName"] = member.GrandfatherName,
        ["familyName"] = member.FamilyName,
        ["englishName"] = member.EnglishName,
        ["nationalId"] = member.NationalId,
        ["mobile"] = member.Mobile,
        ["email"] = member.Email,
        ["city"] = member.City,
        ["gender"] = member.Gender?.ToString(),
        ["preferredChannel"] = member.PreferredChannel.ToString(),
        ["preferredLanguage"] = member.PreferredLanguage,
        ["consentToContact"] = member.ConsentToContact,
        ["consentToDataProcessing"] = member.ConsentToDataProcessing,
        ["consentToSms"] = member.ConsentToSmsAt is null ? null : member.ConsentToSms,
        ["consentToEmail"] = member.ConsentToEmailAt is null ? null : member.ConsentToEmail,
        ["roles"] = string.Join(", ", MemberRoleNames.Of(member.Roles)),
        ["status"] = member.Status.ToString(),
        ["membershipNumber"] = member.MembershipNumber,
        ["shares"] = member.Shares,
        ["joinedOn"] = member.JoinedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["apiaries"] = string.Join("; ", member.Apiaries.OrderBy(a => a.Location, StringComparer.Ordinal).Select(a => $"{a.Location}: {a.HiveCount}")),
    };
}
