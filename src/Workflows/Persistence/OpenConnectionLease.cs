using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>
/// Holds the context's connection open for one unit of work, so its queries and SaveChanges share one open
/// (on SQLite every open re-registers EF's functions on the handle). EF counts opens: inside the host's own open
/// connection or transaction this neither opens nor closes anything.
/// </summary>
internal sealed class OpenConnectionLease(DbContext context) : IAsyncDisposable
{
    public static async Task<OpenConnectionLease> AcquireAsync(DbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        return new OpenConnectionLease(context);
    }

    public async ValueTask DisposeAsync() => await context.Database.CloseConnectionAsync();
}
