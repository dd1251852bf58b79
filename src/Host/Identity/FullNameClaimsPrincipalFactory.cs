using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Identity;

/// <summary>Signs people in with their full name as a claim, so the pages greet a person, not an email address.</summary>
public sealed class FullNameClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string ClaimType = "full_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.FullName))
        {
            identity.AddClaim(new Claim(ClaimType, user.FullName));
        }

        return identity;
    }

    /// <summary>The person's name as signed in; their email for an account without one.</summary>
    public static string? DisplayName(ClaimsPrincipal user) => user.FindFirst(ClaimType)?.Value ?? user.Identity?.Name;
}
