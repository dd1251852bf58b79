using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace DomatAljandal.Host.Features.Account;

/// <summary>Cookie sign-out and the language switch; sign-in itself is the Login page (a static form).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, SignInManager<AppUser> signIn) =>
        {
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
            if (endpoint is RouteEndpointBuilder route && route.RoutePattern.RawText?.Contains("/manage", StringComparison.Ordinal) != true)
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
        });
        identityApi.AddEndpointFilter(async (context, next) =>
                // Identity's API includes open self-registration; here accounts are opened by staff or the portal's sign-up only.
                context.HttpContext.Request.Path.Value?.EndsWith("/register", StringComparison.OrdinalIgnoreCase) == true
                    ? TypedResults.NotFound()
                    : await next(context));
        return app;
    }

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
