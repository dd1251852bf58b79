using System.Security.Claims;
using DomatAljandal.Host.Identity;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>
/// Only what the work needs: research committee members and social research officers see national IDs and mobiles
/// masked (the first and last digits) unless they open them with a reason, which is audited
/// (<see cref="RevealIdentifiers"/>). Whoever also holds a desk, manager or admin role sees them in full.
/// </summary>
public static class IdentifierMasking
{
    private const char Hidden = '•';

    public static bool AppliesTo(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (user.IsInRole(Roles.CommitteeMember) || user.IsInRole(Roles.SocialResearcher))
               && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Manager) && !user.IsInRole(Roles.MemberRelationsOfficer);
    }

    /// <summary>«1••••••514»: the first digit (citizen or resident) and the last three.</summary>
    public static string NationalId(string value) =>
        value.Length <= 4 ? new string(Hidden, value.Length) : $"{value[0]}{new string(Hidden, value.Length - 4)}{value[^3..]}";

    /// <summary>«+9665•••••567» or «05•••••567».</summary>
    public static string Mobile(string value)
    {
        var keep = value.StartsWith('+') ? 5 : 2;
        return value.Length <= keep + 3 ? new string(Hidden, value.Length) : $"{value[..keep]}{new string(Hidden, value.Length - keep - 3)}{value[^3..]}";
    }
}
