using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DomatAljandal.Host.Features.Users;

public sealed record UserDto(string Id, string Email, string FullName, bool IsActive, IReadOnlyList<string> Roles);

/// <summary>
/// What an admin does with accounts, shared by the API and the Users page. Failures come back as
/// <see cref="ProblemException"/>s that name the field.
/// </summary>
public sealed class StaffUsers(UserManager<AppUser> users, TimeProvider clock, IMemoryCache cache)
{
    public async Task<List<UserDto>> ListAsync(CancellationToken ct)
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(ct);
        var result = new List<UserDto>(all.Count);
        foreach (var user in all)
        {
            result.Add(await ToDtoAsync(user));
        }

        return result;
    }

    public async Task<UserDto> CreateAsync(string email, string password, string fullName, IReadOnlyList<string> roles)
    {
        EnsureKnown(roles);
        var user = new AppUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            FullName = fullName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, password), "password");
        if (roles.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, roles.Distinct()), "roles");
        }

        return await ToDtoAsync(user);
    }

    public async Task<UserDto> SetRolesAsync(string id, IReadOnlyList<string> roles)
    {
        EnsureKnown(roles);
        var user = await FindAsync(id);
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(roles)), "roles");
        Check(await users.AddToRolesAsync(user, roles.Except(current).Distinct()), "roles");
        await users.UpdateSecurityStampAsync(user);
        ActiveUserMiddleware.Forget(cache, user.Id);
        return await ToDtoAsync(user);
    }

    public async Task<UserDto> SetActiveAsync(string id, bool active)
    {
        var user = await FindAsync(id);
        user.IsActive = active;
        // Lockout is what Identity's sign-in already honours; the new security stamp ends existing cookie sessions.
        user.LockoutEnabled = true;
        user.LockoutEnd = active ? null : DateTimeOffset.MaxValue;
        if (active)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        Check(await users.UpdateAsync(user), "id");
        await users.UpdateSecurityStampAsync(user);
        ActiveUserMiddleware.Forget(cache, user.Id);
        return await ToDtoAsync(user);
    }

    public async Task ResetPasswordAsync(string id, string newPassword)
    {
        var user = await FindAsync(id);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, newPassword), "newPassword");
        ActiveUserMiddleware.Forget(cache, user.Id);
    }

    private async Task<AppUser> FindAsync(string id) =>
        await users.FindByIdAsync(id) ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such user.");

    private async Task<UserDto> ToDtoAsync(AppUser user) =>
        new(user.Id, user.Email ?? string.Empty, user.FullName, user.IsActive, [.. await users.GetRolesAsync(user)]);

    private static void EnsureKnown(IReadOnlyList<string> roles)
    {
        var unknown = roles.Where(r => !Roles.IsKnown(r)).ToList();
        if (unknown.Count > 0)
        {
            throw ProblemException.Validation("roles", $"Unknown role(s): {string.Join(", ", unknown)}. Known roles: {string.Join(", ", Roles.All)}.");
        }
    }

    private static void Check(IdentityResult result, string field)
    {
        if (result.Succeeded)
        {
            return;
        }

        var errors = result.Errors
            .GroupBy(e => e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "email" : field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        throw new ProblemException(StatusCodes.Status400BadRequest, "One or more fields are not valid.", string.Join(" ", errors.SelectMany(e => e.Value)), errors);
    }
}
