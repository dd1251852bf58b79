using Microsoft.AspNetCore.Authorization;

namespace DomatAljandal.Host.Identity;

/// <summary>Authorization policies by role. Every endpoint and page names one of these (or a role directly).</summary>
public static class Policies
{
    public const string Admin = "admin";
    public const string Managers = "managers";
    public const string Staff = "staff";

    /// <summary>Member relations officers and admins: who opens members' portal accounts at the desk.</summary>
    public const string Officers = "officers";
    public const string Member = "member";

    /// <summary>Who publishes the society's documents, answers and announcements: admins, managers and member relations officers.</summary>
    public const string Publishers = "publishers";

    /// <summary>Anyone signed in with a role: staff and members (the society's answers and documents for members).</summary>
    public const string Readers = "readers";

    public static AuthorizationBuilder AddSocietyPolicies(this AuthorizationBuilder builder) => builder
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
        .AddPolicy(Managers, p => p.RequireRole(Roles.Admin, Roles.Manager))
        .AddPolicy(Staff, p => p.RequireRole([.. Roles.Staff]))
        .AddPolicy(Officers, p => p.RequireRole(Roles.Admin, Roles.MemberRelationsOfficer))
        .AddPolicy(Member, p => p.RequireRole(Roles.Member))
        .AddPolicy(Publishers, p => p.RequireRole(Roles.Admin, Roles.Manager, Roles.MemberRelationsOfficer))
        .AddPolicy(Readers, p => p.RequireRole([.. Roles.All]));
}
