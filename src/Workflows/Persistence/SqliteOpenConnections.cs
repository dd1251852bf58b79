using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>
/// Open SQLite connections waiting for the next context. Reopening a connection from Microsoft.Data.Sqlite's pool
/// re-registers EF's SQL functions on it, and SQLite expires every statement prepared on a connection whose functions
/// are redefined, so each unit of work would parse and plan its statements again; a connection kept open keeps them
/// (<see cref="SqliteStatementCache"/>). A connection is kept only with no transaction open, at most
/// <see cref="MaxIdle"/> across the process; one whose file has gone (a test's throwaway database) is dropped.
/// </summary>
internal static class SqliteOpenConnections
{
    /// <summary>Idle open connections kept at most (each holds its own page cache and three file handles).</summary>
    public const int MaxIdle = 16;

    private static readonly ConcurrentDictionary<string, ConcurrentStack<SqliteConnection>> Idle = new();
    private static int _count;

    public static SqliteConnection? TryTake(string? connectionString)
    {
        if (connectionString is null || !Idle.TryGetValue(connectionString, out var idle)) return null;
        while (idle.TryPop(out var connection))
        {
            Interlocked.Decrement(ref _count);
            if (connection.State == ConnectionState.Open && File.Exists(connection.DataSource)) return connection;
            connection.Dispose();
        }
        return null;
    }

    public static bool TryKeep(DbConnection connection)
    {
        if (connection is not SqliteConnection { State: ConnectionState.Open, Handle: { } handle } sqlite
            || string.IsNullOrEmpty(sqlite.DataSource) || sqlite.DataSource == ":memory:"
            || raw.sqlite3_get_autocommit(handle) == 0)
        {
            return false;
        }
        if (Interlocked.Increment(ref _count) > MaxIdle)
        {
            Interlocked.Decrement(ref _count);
            return false;
        }
        Idle.GetOrAdd(sqlite.ConnectionString, _ => new ConcurrentStack<SqliteConnection>()).Push(sqlite);
        return true;
    }
}

#pragma warning disable EF1001 // EF's SQLite connection service; only RelationalConnection's documented template methods are overridden.
/// <summary>
/// EF's SQLite connection, except that closing leaves the connection open and disposing hands it to
/// <see cref="SqliteOpenConnections"/>, from which the next context's connection is taken.
/// </summary>
internal sealed class KeptOpenSqliteRelationalConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override DbConnection CreateDbConnection() => SqliteOpenConnections.TryTake(ConnectionString) ?? base.CreateDbConnection();

    protected override void CloseDbConnection()
    {
        // Stays open: the next unit of work on this connection finds its statements still prepared.
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;

    protected override void DisposeDbConnection()
    {
        if (!SqliteOpenConnections.TryKeep(DbConnection)) base.DisposeDbConnection();
    }

    protected override ValueTask DisposeDbConnectionAsync() =>
        SqliteOpenConnections.TryKeep(DbConnection) ? ValueTask.CompletedTask : base.DisposeDbConnectionAsync();
}
#pragma warning restore EF1001
