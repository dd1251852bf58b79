using System.Reflection;
using MediatR;

namespace DomatAljandal.Host.Infrastructure;

public static class MediatorServiceCollectionExtensions
{
    /// <summary>
    /// Registers MediatR 5 and every request and notification handler found in the given assemblies.
    /// (MediatR's own DI package is not obtainable here, so this is the few lines it would have done.)
    /// </summary>
    public static IServiceCollection AddMediator(this IServiceCollection services, params Assembly[] assemblies)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();

        Type[] handlerInterfaces = [typeof(IRequestHandler<,>), typeof(INotificationHandler<>)];
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var implemented in type.GetInterfaces().Where(i => i.IsGenericType && handlerInterfaces.Contains(i.GetGenericTypeDefinition())))
            {
                services.AddScoped(implemented, type);
            }
        }

        return services;
    }
}
