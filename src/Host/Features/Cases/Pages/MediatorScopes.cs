using MediatR;

namespace DomatAljandal.Host.Features.Cases.Pages;

/// <summary>
/// How the case pages send a request: each from its own DI scope, so a failed request's tracked changes die with its
/// DbContext instead of riding along with the next request of the same circuit.
/// </summary>
public static class MediatorScopes
{
    public static async Task<T> SendAsync<T>(this IServiceScopeFactory scopes, IRequest<T> request, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }
}
