using System.Diagnostics;
using DomatAljandal.Workflows.Persistence;
using Microsoft.Data.Sqlite;

namespace DomatAljandal.Benchmarks;

/// <summary>
/// (a) The baseline: single-row INSERTs, each its own committed transaction (autocommit), one open connection, one
/// prepared statement, with the same PRAGMAs as the engine's connections (<see cref="SqlitePragmaInterceptor.Pragmas"/>).
/// </summary>
public sealed class RawSqliteWritesSection : IBenchmarkSection
{
    public string Name => "Raw committed single-row SQLite writes (the baseline)";

    public async Task RunAsync(bool quick, BenchmarkResults results)
    {
        results.RawWriteCount = quick ? 5_000 : 30_000;
        await MeasureAsync(1_000); // warm-up
        results.RawWritesPerSecond = await MeasureAsync(results.RawWriteCount);
        Console.WriteLine($"{results.RawWriteCount:N0} committed inserts: raw commits/s = {results.RawWritesPerSecond:N0}");
    }

    /// <summary>Committed single-row inserts per second into a new database file.</summary>
    public static async Task<double> MeasureAsync(int count)
    {
        await using var connection = new SqliteConnection($"Data Source={BenchmarkDatabase.NewFile("raw")}");
        await connection.OpenAsync();
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = SqlitePragmaInterceptor.Pragmas + "CREATE TABLE rows (id TEXT PRIMARY KEY, payload TEXT NOT NULL, at TEXT NOT NULL);";
            await setup.ExecuteNonQueryAsync();
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO rows (id, payload, at) VALUES ($id, $payload, $at)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var payload = insert.Parameters.Add("$payload", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Text);
        insert.Prepare();

        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            id.Value = Guid.NewGuid().ToString();
            payload.Value = "{\"step\":" + i + "}";
            at.Value = DateTime.UtcNow.ToString("O");
            await insert.ExecuteNonQueryAsync();
        }
        stopwatch.Stop();
        return count / stopwatch.Elapsed.TotalSeconds;
    }
}
