using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DomatAljandal.Host.Features.Portal.Account;

/// <summary>
/// A member who forgot their password asks for a one-time code (sent to their SMS or email on record) and sets a new one.
/// The first step answers the same whether or not the email has an account, so it reveals nothing.
/// </summary>
public static class ResetPassword
{
    public sealed record Start(string? Email) : IRequest<Started>;

    public sealed record Started(string Message);

    public sealed record Complete(string? Email, string? Code, string? NewPassword) : IRequest<Completed>;

    public sealed record Completed(string Message);

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, PortalCodes codes, IMemoryCache cache, ILogger<Handler> logger) :
        IRequestHandler<Start, Started>,
        IRequestHandler<Complete, Completed>
    {
        public async Task<Started> Handle(Start request, CancellationToken cancellationToken)
        {
            var user = string.IsNullOrWhiteSpace(request.Email) ? null : await users.FindByEmailAsync(request.Email.Trim());
            if (user is { MemberId: { } memberId, IsActive: true }
                && await db.Set<Member>().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken) is { } member)
            {
                try
                {
                    await codes.SendAsync(PortalCodePurpose.PasswordReset, member, user.Id, null, cancellationToken);
                }
                catch (ProblemException ex) when (ex.Status == StatusCodes.Status429TooManyRequests)
                {
                    logger.LogWarning("Password reset codes for member {MemberId} hit the hourly limit", memberId);
                }
            }

            return new Started("إن كان البريد مسجلًا في البوابة فقد أرسلنا رمزًا إلى جوالك أو بريدك المسجل لدى الجمعية. / " +
                               "If the email has a portal account, a code was sent to the mobile or email the society has on record.");
        }

        public async Task<Completed> Handle(Complete request, CancellationToken cancellationToken)
        {
            var user = string.IsNullOrWhiteSpace(request.Email) ? null : await users.FindByEmailAsync(request.Email.Trim());
            if (user?.MemberId is null)
            {
                throw PortalProblems.CodeExpired();
            }

            if (string.IsNullOrEmpty(request.NewPassword))
            {
                throw ProblemException.Validation("newPassword", "كلمة المرور الجديدة مطلوبة. / A new password is required.");
            }

            var userId = user.Id;
            await codes.VerifyAsync(db.Set<PortalCode>().Where(c => c.UserId == userId && c.Purpose == PortalCodePurpose.PasswordReset), request.Code, cancellationToken);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, request.NewPassword);
            if (!reset.Succeeded)
            {
                throw new ProblemException(StatusCodes.Status400BadRequest, "One or more fields are not valid.", null,
                    new Dictionary<string, string[]> { ["newPassword"] = [.. reset.Errors.Select(e => e.Description)] });
            }

            await users.ResetAccessFailedCountAsync(user);
            await users.SetLockoutEndDateAsync(user, null);
            ActiveUserMiddleware.Forget(cache, user.Id); // the new password's security stamp ends the old sessions now
            return new Completed("تم تعيين كلمة المرور الجديدة؛ سجّل الدخول بها. / The new password is set; sign in with it.");
        }
    }
}
