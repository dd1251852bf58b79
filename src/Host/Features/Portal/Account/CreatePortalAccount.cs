using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Portal.Account;

/// <summary>
/// At the front desk: staff open a portal account for a member (email and a first password). 404 for no such member,
/// 409 when the member already has an account or the email is taken.
/// </summary>
public static class CreatePortalAccount
{
    public sealed record Command(Guid MemberId, string? Email, string? Password) : IRequest<PortalAccounts.PortalAccountDto>;

    public sealed class Handler(AppDbContext db, PortalAccounts accounts) : IRequestHandler<Command, PortalAccounts.PortalAccountDto>
    {
        public async Task<PortalAccounts.PortalAccountDto> Handle(Command request, CancellationToken cancellationToken)
        {
            var member = await db.Set<Member>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MemberId, cancellationToken)
                         ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such member.", $"There is no member {request.MemberId}.");
            await EnsureNoAccountAsync(db, member.Id, cancellationToken);
            var user = await accounts.CreateAsync(request.Email, request.Password, member.FullName, member.Id);
            return new PortalAccounts.PortalAccountDto(user.Id, user.Email!, member.Id, user.FullName);
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
