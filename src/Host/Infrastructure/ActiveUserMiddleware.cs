using DomatAljandal.Host.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Infrastructure;

/// <summary>
/// Sessions follow the account: a bearer token or a cookie issued before the account was deactivated, lost a role, had its
/// password reset or signed out (each renews the security stamp) is treated as signed out. The account's state is cached
/// for half a minute — one lookup per user, not per request — and dropped at once by <see cref="Forget"/> where it changes.
/// Writes under <c>/api</c> authenticated by the cookie alone need an antiforgery token: another site cannot make a
/// signed-in browser change anything; API clients send a bearer token.
/// </summary>
public sealed class ActiveUserMiddleware(RequestDelegate next)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context, IMemoryCache cache, UserManager<AppUser> users, IOptions<IdentityOptions> identity)
    {
        var userId = context.User.Identity?.IsAuthenticated == true ? users.GetUserId(context.User) : null;
        if (userId is not null)
        {
            var state = await cache.GetOrCreateAsync(CacheKey(userId), async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = CacheFor;
                var user = await users.FindByIdAsync(userId);
                return new AccountState(user is { IsActive: true }, user?.SecurityStamp, user?.MustChangePassword == true);
            });
            var stamp = context.User.FindFirst(identity.Value.ClaimsIdentity.SecurityStampClaimType)?.Value;
            if (state is not { Active: true } || (users.SupportsUserSecurityStamp && stamp != state.Stamp))
            {
                context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
            }
            else if (state.MustChangePassword && IsPageVisit(context))
            {
                context.Response.Redirect(ChangePasswordPath);
                return;
            }
            else if (state.MustChangePassword && context.Request.Path.StartsWithSegments("/api") && !IsAllowedBeforePasswordChange(context.Request.Path))
            {
                // A token of the one-time password opens nothing but the change itself (what the pages force too).
                throw new ProblemException(StatusCodes.Status403Forbidden,
                    "غيّر كلمة المرور المؤقتة أولًا. / Change the one-time password first.",
                    "كلمة المرور الحالية مؤقتة: اختر كلمة مرور جديدة عبر /api/auth/manage/info ثم سجّل الدخول من جديد. / "
                    + "The current password is a one-time password: choose a new one with /api/auth/manage/info, then sign in again.")
                {
                    Code = MustChangePasswordCode,
                };
            }
            else if (IsCookieApiWrite(context) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                throw new ProblemException(StatusCodes.Status403Forbidden,
                    "Cookie-authenticated changes under /api need an antiforgery token; use a bearer token.");
            }
        }

        await next(context);
    }

    /// <summary>Drops the cached answer so a deactivation, a role change or a new password takes effect on the next request.</summary>
    public static void Forget(IMemoryCache cache, string userId) => cache.Remove(CacheKey(userId));

    private static bool IsCookieApiWrite(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static string CacheKey(string userId) => $"user-active:{userId}";

    public const string ChangePasswordPath = "/account/change-password";

    public const string MustChangePasswordCode = "account.mustChangePassword";

    // Reading one's own account and changing the password (Identity's manage/info), and one's name and roles (/api/me).
    private static bool IsAllowedBeforePasswordChange(PathString path) =>
        path.Equals("/api/auth/manage/info", StringComparison.OrdinalIgnoreCase) || path.Equals("/api/me", StringComparison.OrdinalIgnoreCase);

    // A page the browser opens (not the API, Blazor's own requests, files, the language switch or the change itself).
    private static bool IsPageVisit(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        return HttpMethods.IsGet(context.Request.Method)
               && !path.StartsWith("/api", StringComparison.OrdinalIgnoreCase)
               && !path.StartsWith("/_", StringComparison.Ordinal)
               && !path.StartsWith(ChangePasswordPath, StringComparison.OrdinalIgnoreCase)
               && !path.StartsWith("/culture", StringComparison.OrdinalIgnoreCase)
               && !path.StartsWith("/logout", StringComparison.OrdinalIgnoreCase)
               && !Path.HasExtension(path);
    }

    private sealed record AccountState(bool Active, string? Stamp, bool MustChangePassword);
}
