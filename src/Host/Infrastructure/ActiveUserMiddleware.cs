using DomatAljandal.Host.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace DomatAljandal.Host.Infrastructure;

/// <summary>
/// Refuses requests from a deactivated account even when it still holds a bearer token or a cookie issued earlier.
/// The answer is cached briefly so this costs one lookup per user per half minute, not per request.
/// </summary>
public sealed class ActiveUserMiddleware(RequestDelegate next)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context, IMemoryCache cache, UserManager<AppUser> users)
    {
        var userId = context.User.Identity?.IsAuthenticated == true ? users.GetUserId(context.User) : null;
        if (userId is not null)
        {
            var active = await cache.GetOrCreateAsync(CacheKey(userId), async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = CacheFor;
                var user = await users.FindByIdAsync(userId);
                return user is { IsActive: true };
            });
            if (!active)
            {
                context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
            }
        }

        await next(context);
    }

    /// <summary>Drops the cached answer so a deactivation takes effect on the next request.</summary>
    public static void Forget(IMemoryCache cache, string userId) => cache.Remove(CacheKey(userId));

    private static string CacheKey(string userId) => $"user-active:{userId}";
}
