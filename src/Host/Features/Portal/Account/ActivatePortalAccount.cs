using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace DomatAljandal.Host.Features.Portal.Account;

/// <summary>
/// The member activates the account the desk opened: their email, the six-digit activation code sent to them (five tries,
/// valid for three days) and the password they choose. An unknown email, an account already activated and a wrong
/// code answer alike, so the answer tells a stranger nothing.
/// </summary>
public static class ActivatePortalAccount
{
    public sealed record Command(string? Email, string? Code, string? Password) : IRequest<Activated>;

    public sealed record Activated(string Message);

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, PortalAccounts accounts, PortalCodes codes, AuditTrail audit) : IRequestHandler<Command, Activated>
    {
        public async Task<Activated> Handle(Command request, CancellationToken cancellationToken)
        {
            // The password is checked before the account is looked up and before the code is spent: a weak one must not
            // cost the member their code, nor answer differently for an email that has no account.
            await accounts.EnsureStrongPasswordAsync(request.Password);
            var user = string.IsNullOrWhiteSpace(request.Email) ? null : await users.FindByEmailAsync(request.Email.Trim());
            if (user is not { MemberId: not null, IsActive: true } || await users.HasPasswordAsync(user))
            {
                throw PortalProblems.CodeExpired();
            }

            var userId = user.Id;
            await codes.VerifyAsync(db.Set<PortalCode>().Where(c => c.UserId == userId && c.Purpose == PortalCodePurpose.Activation), request.Code, cancellationToken);
            var added = await users.AddPasswordAsync(user, request.Password!);
            if (!added.Succeeded)
            {
                throw new ProblemException(StatusCodes.Status400BadRequest, "One or more fields are not valid.", null,
                    new Dictionary<string, string[]> { ["password"] = [.. added.Errors.Select(e => e.Description)] });
            }

            audit.Record(AuditAction.Updated, "PortalAccount", user.Id, new { activated = true });
            await db.SaveChangesAsync(cancellationToken);
            return new Activated("فُعّل حسابك؛ سجّل الدخول بكلمة المرور التي اخترتها. / Your account is active; sign in with the password you chose.");
        }
    }
}
