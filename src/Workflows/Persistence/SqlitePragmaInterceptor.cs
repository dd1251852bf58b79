using System.Data.Common;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>
/// Sets the SQLite PRAGMAs the engine is measured and tested with, once per physical (pooled) connection:
/// <c>journal_mode=WAL</c> (readers do not block the writer), <c>synchronous=NORMAL</c> (no fsync per commit; durable
/// against application crashes and <c>kill -9</c>, a power cut may lose the last commits) and <c>busy_timeout=5000</c>.
/// Other providers are left alone. Add with <c>options.UseWorkflowSqlite()</c> (or <c>AddInterceptors</c>).
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    /// <summary>The PRAGMAs applied.</summary>
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    // Pooled SqliteConnections reuse the native handle; PRAGMAs stick to it, so run them once per handle.
    private static readonly ConditionalWeakTable<object, object> Configured = new();
    private static PropertyInfo? _handle;

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsPragmas(connection) is not { } handle) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Configured.AddOrUpdate(handle, handle);
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (NeedsPragmas(connection) is not { } handle) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Configured.AddOrUpdate(handle, handle);
    }

    private static object? NeedsPragmas(DbConnection connection)
    {
        var type = connection.GetType();
        if (type.Name != "SqliteConnection") return null;
        _handle ??= type.GetProperty("Handle");
        var handle = _handle?.GetValue(connection) ?? connection;
        return Configured.TryGetValue(handle, out _) ? null : handle;
    }
}
