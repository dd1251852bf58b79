using DomatAljandal.Host.Features.Portal.Account;
using MediatR;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;

namespace DomatAljandal.Host.Features.Portal;

public static class PortalServiceCollectionExtensions
{
    /// <summary>
    /// The member portal: one-time codes, portal accounts, the gate that scopes case requests to their member, and the
    /// portal's own sign-in page for anyone sent to sign in from a <c>/portal</c> page.
    /// </summary>
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddScoped<PortalCodes>();
        services.AddScoped<PortalAccounts>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(MemberCaseScope<,>));
        services.AddScoped<SignerAddress>();
        services.AddScoped<CircuitHandler, SignerAddress.Tracker>();
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var staffSignIn = o.Events.OnRedirectToLogin;
            o.Events.OnRedirectToLogin = context =>
            {
                if (!context.Request.Path.StartsWithSegments("/portal"))
                {
                    return staffSignIn(context);
                }

                var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                context.Response.Redirect($"{context.Request.PathBase}/portal/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
                return Task.CompletedTask;
            };
        });
        return services;
    }
}
