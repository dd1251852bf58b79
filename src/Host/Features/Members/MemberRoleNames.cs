using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Members;

/// <summary>Roles in the society as the API writes them — a list of names — and as the UI shows them (glossary).</summary>
public static class MemberRoleNames
{
    public static readonly IReadOnlyList<MemberRoles> All =
        [MemberRoles.GeneralAssemblyMember, MemberRoles.Supporter, MemberRoles.Volunteer, MemberRoles.Beneficiary];

    public static IReadOnlyList<string> Of(MemberRoles roles) => [.. All.Where(r => roles.HasFlag(r)).Select(r => r.ToString())];

    /// <summary>Reads <c>["Supporter", "Volunteer"]</c>; an unknown name is a 400 naming <c>roles</c>.</summary>
    public static MemberRoles Parse(IEnumerable<string>? names)
    {
        var roles = MemberRoles.None;
        foreach (var name in names ?? [])
        {
            var role = All.FirstOrDefault(r => string.Equals(r.ToString(), name?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (role == MemberRoles.None)
            {
                throw ProblemException.Validation("roles", $"'{name}' is not a role; the roles are {string.Join(", ", All)}.");
            }

            roles |= role;
        }

        return roles;
    }

    public static (string Ar, string En) DisplayName(MemberRoles role) => role switch
    {
        MemberRoles.GeneralAssemblyMember => ("عضو الجمعية العمومية", "General-assembly member"),
        MemberRoles.Supporter => ("داعم", "Supporter"),
        MemberRoles.Volunteer => ("متطوع", "Volunteer"),
        MemberRoles.Beneficiary => ("مستفيد", "Beneficiary"),
        _ => (role.ToString(), role.ToString()),
    };

    public static (string Ar, string En) DisplayName(MembershipStatus status) => status switch
    {
        MembershipStatus.Active => ("نشط", "Active"),
        MembershipStatus.Suspended => ("معلّق", "Suspended"),
        MembershipStatus.Withdrawn => ("منسحب", "Withdrawn"),
        _ => (status.ToString(), status.ToString()),
    };
}
