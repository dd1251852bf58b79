namespace DomatAljandal.Host.Features.Designer;

/// <summary>
/// Designer pages live for a whole circuit; each database operation gets its own scope (and DbContext) so
/// operations never overlap on one context nor see each other's stale tracked rows.
/// </summary>
public static class ScopedWork
{
    public static async Task<T> RunAsync<T>(this IServiceScopeFactory scopes, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public static async Task RunAsync(this IServiceScopeFactory scopes, Func<IServiceProvider, Task> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }
}
