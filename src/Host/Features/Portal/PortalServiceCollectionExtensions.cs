using DomatAljandal.Host.Features.Portal.Account;
using MediatR;

namespace DomatAljandal.Host.Features.Portal;

public static class PortalServiceCollectionExtensions
{
    /// <summary>The member portal: one-time codes, portal accounts, and the gate that scopes case requests to their member.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddScoped<PortalCodes>();
        services.AddScoped<PortalAccounts>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(MemberCaseScope<,>));
        return services;
    }
}
