using Microsoft.AspNetCore.Identity;

namespace DomatAljandal.Host.Identity;

/// <summary>A person who signs in: a staff member or a member using the portal.</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = string.Empty;

    /// <summary>False once an admin deactivates the account; sign-in and API calls are refused from then on.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>For portal accounts: the member record this account belongs to.</summary>
    public Guid? MemberId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// True while the account still has a password someone else chose (the first administrator's one-time password): every
    /// page leads to the password change until they choose their own.
    /// </summary>
    public bool MustChangePassword { get; set; }
}
