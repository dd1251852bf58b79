using System.Security.Claims;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Caching.Memory;

namespace DomatAljandal.Host.Features.Account;

/// <summary>Cookie sign-out and the language switch; sign-in itself is the Login page (a static form).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, ClaimsPrincipal principal, SignInManager<AppUser> signIn, IMemoryCache cache) =>
        {
            // A new security stamp ends every session of the account: a copy of this cookie, or a token, stops working too.
            if (await signIn.UserManager.GetUserAsync(principal) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
                ActiveUserMiddleware.Forget(cache, user.Id);
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/login");
        }).RequireAuthorization().ExcludeFromDescription();

        app.MapGet("/culture", (string? lang, string? returnUrl, HttpContext http) =>
        {
            var culture = lang == "en" ? Loc.English : Loc.Arabic;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous().ExcludeFromDescription();

        var identityApi = app.MapGroup("/api/auth").WithTags("Auth").MapIdentityApi<AppUser>();
        // Sign-in, refresh and password reset are for callers who are not signed in yet; /manage/* stays protected.
        identityApi.Add(endpoint =>
        {
            var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? string.Empty;
            if (!pattern.Contains("/manage", StringComparison.Ordinal))
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }

            if (ThrottleOf(pattern) is { } throttle)
            {
                endpoint.Metadata.Add(new EnableRateLimitingAttribute(throttle));
            }

            // Identity answers these refusals with results that do not declare themselves.
            if (pattern.EndsWith("/login", StringComparison.Ordinal) || pattern.EndsWith("/refresh", StringComparison.Ordinal)
                || pattern.EndsWith("/confirmEmail", StringComparison.Ordinal))
            {
                endpoint.Metadata.Add(DocumentedProblems.Problem(StatusCodes.Status401Unauthorized));
            }

            if (pattern.EndsWith("/register", StringComparison.Ordinal))
            {
                endpoint.Metadata.Add(DocumentedProblems.Problem(StatusCodes.Status404NotFound));
            }
        });
        identityApi.AddEndpointFilter(ClearOneTimePasswordOnChange);
        identityApi.AddEndpointFilter(SignInWithoutTellingWhy);
        identityApi.AddEndpointFilter(async (context, next) =>
                // Identity's API includes open self-registration; here accounts are opened by staff or the portal's sign-up only.
                context.HttpContext.Request.Path.Value?.EndsWith("/register", StringComparison.OrdinalIgnoreCase) == true
                    ? TypedResults.NotFound()
                    : await next(context));
        return app;
    }

    private static string? ThrottleOf(string pattern) => pattern switch
    {
        _ when pattern.EndsWith("/login", StringComparison.Ordinal) || pattern.EndsWith("/refresh", StringComparison.Ordinal) => Throttles.SignIn,
        _ when pattern.EndsWith("/forgotPassword", StringComparison.Ordinal) || pattern.EndsWith("/resetPassword", StringComparison.Ordinal)
               || pattern.EndsWith("/resendConfirmationEmail", StringComparison.Ordinal) => Throttles.PasswordReset,
        _ => null,
    };

    /// <summary>
    /// Sign-in over the API: the cookie (<c>useCookies=true</c>) lasts the browser session unless the caller asks to stay
    /// signed in (<c>staySignedIn=true</c>); a refusal never says whether the account exists, is locked or is not allowed.
    /// </summary>
    private static async ValueTask<object?> SignInWithoutTellingWhy(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Path.Value!.EndsWith("/login", StringComparison.OrdinalIgnoreCase))
        {
            return await next(context);
        }

        var parameters = http.GetEndpoint()?.Metadata.GetMetadata<System.Reflection.MethodInfo>()?.GetParameters() ?? [];
        var useCookies = Array.FindIndex(parameters, p => p.Name == "useCookies");
        var sessionCookie = Array.FindIndex(parameters, p => p.Name == "useSessionCookies");
        // Identity signs in with a cookie when either is true: only a cookie sign-in is made a session one.
        if (useCookies >= 0 && sessionCookie >= 0 && sessionCookie < context.Arguments.Count && context.Arguments[useCookies] is true)
        {
            context.Arguments[sessionCookie] = !string.Equals(http.Request.Query["staySignedIn"], "true", StringComparison.OrdinalIgnoreCase);
        }

        var result = await next(context);
        // Identity answers Results<Ok, Empty, Problem>: the refusal is the nested problem.
        var refusal = result is INestedHttpResult nested ? nested.Result : result;
        return refusal is Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult { StatusCode: StatusCodes.Status401Unauthorized }
            ? TypedResults.Problem(
                title: "تعذّر تسجيل الدخول. / Could not sign in.",
                detail: "البريد أو كلمة المرور غير صحيحة. / The email or password is not correct.",
                statusCode: StatusCodes.Status401Unauthorized)
            : result;
    }

    /// <summary>
    /// A new password chosen through Identity's <c>/manage/info</c> replaces the seeded one-time password: the account is
    /// no longer held to changing it (see <see cref="ActiveUserMiddleware"/>).
    /// </summary>
    private static async ValueTask<object?> ClearOneTimePasswordOnChange(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Path.Value!.EndsWith("/manage/info", StringComparison.OrdinalIgnoreCase))
        {
            return await next(context);
        }

        var users = http.RequestServices.GetRequiredService<UserManager<AppUser>>();
        var before = await users.GetUserAsync(http.User);
        var hashBefore = before?.PasswordHash;
        var result = await next(context);
        if (before is { MustChangePassword: true } && await users.FindByIdAsync(before.Id) is { } after && after.PasswordHash != hashBefore)
        {
            after.MustChangePassword = false;
            await users.UpdateAsync(after);
            ActiveUserMiddleware.Forget(http.RequestServices.GetRequiredService<IMemoryCache>(), after.Id);
        }

        return result;
    }

    /// <summary>A path on this site: one leading slash, and no control characters (a tab or CR/LF could make it another host).</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
