using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Portal.Account;

/// <summary>
/// At the front desk: an officer opens a portal account for a member with their email only. Staff never choose the
/// password: the member gets a six-digit activation code through their channel (the outbox) and sets it themselves
/// (<see cref="ActivatePortalAccount"/>). 404 for no such member, 409 when the member already has an account or the email is taken.
/// </summary>
public static class CreatePortalAccount
{
    public sealed record Command(Guid MemberId, string? Email) : IRequest<PortalAccountOpened>;

    /// <summary>The account opened; <c>ActivationExpiresAt</c> is when the code stops working (a password reset sets the password after that).</summary>
    public sealed record PortalAccountOpened(string UserId, string Email, Guid MemberId, string FullName, DateTimeOffset ActivationExpiresAt);

    public sealed class Handler(AppDbContext db, PortalAccounts accounts, PortalCodes codes) : IRequestHandler<Command, PortalAccountOpened>
    {
        public async Task<PortalAccountOpened> Handle(Command request, CancellationToken cancellationToken)
        {
            var member = await db.Set<Member>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MemberId, cancellationToken)
                         ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such member.", $"There is no member {request.MemberId}.");
            await EnsureNoAccountAsync(db, member.Id, cancellationToken);
            var user = await accounts.CreateAwaitingActivationAsync(request.Email, member.FullName, member.Id);
            var code = await codes.SendAsync(PortalCodePurpose.Activation, member, user.Id, null, cancellationToken);
            return new PortalAccountOpened(user.Id, user.Email!, member.Id, user.FullName, code.ExpiresAt);
        }
    }

    public static async Task EnsureNoAccountAsync(AppDbContext db, Guid memberId, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.MemberId == memberId, cancellationToken))
        {
            throw new ProblemException(StatusCodes.Status409Conflict, "The member already has a portal account.",
                "لهذا العضو حساب في البوابة؛ سجّل الدخول أو استعد كلمة المرور. / This member already has a portal account; sign in or reset the password.");
        }
    }
}
