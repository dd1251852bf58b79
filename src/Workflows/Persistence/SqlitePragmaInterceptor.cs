using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>
/// Sets the SQLite PRAGMAs the engine is measured and tested with, once per native connection:
/// <c>journal_mode=WAL</c> (readers do not block the writer), <c>synchronous=NORMAL</c> (no fsync per commit; durable
/// against application crashes and <c>kill -9</c>, a power cut may lose the last commits) and <c>busy_timeout=5000</c>.
/// Other providers are left alone. Add with <c>options.UseWorkflowSqlite()</c> (or <c>AddInterceptors</c>).
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    /// <summary>The PRAGMAs applied.</summary>
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    // Microsoft.Data.Sqlite pools native connections and PRAGMAs stick to them: run them once per native handle.
    private static readonly ConditionalWeakTable<object, object> Configured = new();

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection, out var handle)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Configured.AddOrUpdate(handle, handle);
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection, out var handle)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Configured.AddOrUpdate(handle, handle);
    }

    private static bool NeedsPragmas(DbConnection connection, out object handle)
    {
        handle = connection is SqliteConnection { Handle: { } native } ? native : connection;
        return connection is SqliteConnection && !Configured.TryGetValue(handle, out _);
    }
}
