using System.Security.Claims;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Portal;

/// <summary>
/// The signed-in member, as every portal endpoint and page receives it. The member id comes only from the account
/// (<see cref="AppUser.MemberId"/>), never from the request, and every portal query filters by it: another member's
/// ids answer 404. An account whose registration is still pending has no member yet and gets 403 "pending".
/// </summary>
public sealed record PortalMember(string UserId, Guid MemberId, string Actor)
{
    /// <summary>Minimal-API binding: an endpoint that declares a <see cref="PortalMember"/> parameter is scoped to it.</summary>
    public static async ValueTask<PortalMember?> BindAsync(HttpContext context)
    {
        var state = await PortalAccountState.OfAsync(context.User, context.RequestServices, context.RequestAborted);
        return state.Member ?? throw PortalProblems.Pending();
    }
}

/// <summary>What the portal knows of the signed-in account: linked to a member, pending staff approval, or neither.</summary>
public sealed record PortalAccountState(PortalMember? Member, bool IsPending, string? Email, string? FullName)
{
    public static async Task<PortalAccountState> OfAsync(ClaimsPrincipal principal, IServiceProvider services, CancellationToken cancellationToken)
    {
        var userId = services.GetRequiredService<UserManager<AppUser>>().GetUserId(principal);
        if (userId is null || !principal.IsInRole(Roles.Member))
        {
            return new PortalAccountState(null, false, null, null);
        }

        var db = services.GetRequiredService<AppDbContext>();
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.MemberId, u.Email, u.FullName }).FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return new PortalAccountState(null, false, null, null);
        }

        return account.MemberId is { } memberId
            ? new PortalAccountState(new PortalMember(userId, memberId, principal.Identity?.Name ?? userId), false, account.Email, account.FullName)
            : new PortalAccountState(null, true, account.Email, account.FullName);
    }
}
