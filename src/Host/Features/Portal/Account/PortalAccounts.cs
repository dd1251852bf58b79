using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace DomatAljandal.Host.Features.Portal.Account;

/// <summary>Opens portal accounts (role <see cref="Roles.Member"/>): linked to a member record, or pending staff approval.</summary>
public sealed class PortalAccounts(UserManager<AppUser> users, AuditTrail audit, TimeProvider clock)
{
    public sealed record PortalAccountDto(string UserId, string Email, Guid? MemberId, string FullName);

    /// <summary>409 when the email is taken; 400 when the password is too weak. <paramref name="memberId"/> null: pending.</summary>
    public Task<AppUser> CreateAsync(string? email, string? password, string fullName, Guid? memberId) =>
        string.IsNullOrEmpty(password)
            ? throw ProblemException.Validation("password", "كلمة المرور مطلوبة.", "A password is required.")
            : OpenAsync(email, password, fullName, memberId);

    /// <summary>
    /// An account opened at the desk, without a password: nobody can sign in with it until the member sets theirs with the
    /// activation code sent to them (<see cref="ActivatePortalAccount"/>).
    /// </summary>
    public Task<AppUser> CreateAwaitingActivationAsync(string? email, string fullName, Guid memberId) => OpenAsync(email, null, fullName, memberId);

    private async Task<AppUser> OpenAsync(string? email, string? password, string fullName, Guid? memberId)
    {
        var address = email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(address) || !System.Net.Mail.MailAddress.TryCreate(address, out _))
        {
            throw ProblemException.Validation("email", "البريد الإلكتروني غير صالح.", "The email address is not valid.");
        }

        await EnsureEmailFreeAsync(address);
        var user = new AppUser
        {
            UserName = address,
            Email = address,
            EmailConfirmed = true,
            FullName = fullName,
            MemberId = memberId,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
            {
                throw EmailTaken();
            }

            throw new ProblemException(StatusCodes.Status400BadRequest, "One or more fields are not valid.", null,
                new Dictionary<string, string[]> { ["password"] = [.. created.Errors.Select(e => e.Description)] });
        }

        var role = await users.AddToRoleAsync(user, Roles.Member);
        if (!role.Succeeded)
        {
            throw new InvalidOperationException($"Could not give {address} the Member role: {string.Join("; ", role.Errors.Select(e => e.Description))}");
        }

        audit.Record(AuditAction.Created, "PortalAccount", user.Id, new { user.Email, memberId, awaitingActivation = password is null });
        return user;
    }

    /// <summary>
    /// 400 naming the password when it breaks a rule. Checked before anything is looked up, so a weak password is refused
    /// alike whether or not the email, national ID or account it comes with exists.
    /// </summary>
    public async Task EnsureStrongPasswordAsync(string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            throw ProblemException.Validation("password", "كلمة المرور مطلوبة.", "A password is required.");
        }

        var weak = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            weak.AddRange((await validator.ValidateAsync(users, new AppUser(), password)).Errors.Select(e => e.Description));
        }

        if (weak.Count > 0)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest, "One or more fields are not valid.", null,
                new Dictionary<string, string[]> { ["password"] = [.. weak] });
        }
    }

    /// <summary>Whether an account uses the email (compared as stored: trimmed, lower case).</summary>
    public async Task<bool> IsEmailTakenAsync(string email) => await users.FindByEmailAsync(email.Trim()) is not null;

    public async Task EnsureEmailFreeAsync(string email)
    {
        if (await IsEmailTakenAsync(email))
        {
            throw EmailTaken();
        }
    }

    private static ProblemException EmailTaken() =>
        new(StatusCodes.Status409Conflict, "The email is already used by another account.",
            "البريد الإلكتروني مستخدم لحساب آخر. / The email is already used by another account.");
}
