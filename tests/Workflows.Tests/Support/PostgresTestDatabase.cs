using Npgsql;

namespace DomatAljandal.Workflows.Tests.Support;

/// <summary>
/// The rule for tests that need PostgreSQL: they use <c>WORKFLOWS_TEST_POSTGRES</c>, or else <c>DOMAT_TEST_POSTGRES</c>
/// (the name the host tests use), as an Npgsql connection string. Without either they are skipped with a reason,
/// except on CI (<c>CI=true</c>), where a missing database is a failure.
/// </summary>
public static class PostgresTestDatabase
{
    public const string Variable = "WORKFLOWS_TEST_POSTGRES";
    public const string HostVariable = "DOMAT_TEST_POSTGRES";

    /// <summary>The connection string, or skips/fails the current test.</summary>
    public static string ConnectionStringOrSkip()
    {
        var connectionString = new[] { Variable, HostVariable }.Select(Environment.GetEnvironmentVariable)
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
        if (connectionString is not null) return connectionString;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Neither {Variable} nor {HostVariable} is set, and on CI the PostgreSQL tests must run, not be skipped.");
        Skip.If(true, $"PostgreSQL test skipped: set {Variable} (or {HostVariable}) to an Npgsql connection string (e.g. Host=localhost;Username=postgres;Password=postgres;Database=domat_test).");
        return "";
    }

    /// <summary>A new, empty database on the configured server (or skips/fails), dropped when disposed.</summary>
    public static async Task<ThrowawayDatabase> CreateOrSkipAsync(string prefix)
    {
        var server = ConnectionStringOrSkip();
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return new ThrowawayDatabase(server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A database of one test; <see cref="ConnectionString"/> points at it.</summary>
    public sealed class ThrowawayDatabase(string server, string name, string connectionString) : IAsyncDisposable
    {
        public string ConnectionString { get; } = connectionString;

        public async ValueTask DisposeAsync() => await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }
}
