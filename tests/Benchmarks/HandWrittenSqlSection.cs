using System.Diagnostics;
using DomatAljandal.Workflows.Persistence;
using Microsoft.Data.Sqlite;

namespace DomatAljandal.Benchmarks;

/// <summary>
/// (b′) The ceiling for the engine's schema: the rows a 5-step flow writes (instance + bookmark at start; then per step
/// the instance update, the bookmark consumed, a journal entry and the next bookmark), as hand-written SQL on one open
/// connection, one transaction per transition, with no reads and no engine. Also counts the WAL frames (pages) each
/// commit writes, which is what a commit costs: compare with a raw single-row insert.
/// </summary>
public sealed class HandWrittenSqlSection : IBenchmarkSection
{
    private const string Now = "2025-03-01 08:00:00";

    public string Name => "Hand-written SQL of the same writes on the engine's schema (the ceiling)";

    public async Task RunAsync(bool quick, BenchmarkResults results)
    {
        var instances = quick ? 300 : 2_000;
        var file = BenchmarkDatabase.NewFile("handwritten");
        var (services, _) = await BenchmarkDatabase.EngineAsync(file); // the engine's tables and indexes, as the model makes them
        await services.DisposeAsync();

        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        Execute(connection, SqlitePragmaInterceptor.Pragmas);
        for (var i = 0; i < 200; i++) RunFlow(connection); // warm-up

        await results.CompareWithRawAsync("hand-written SQL transitions", () =>
        {
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < instances; i++) RunFlow(connection);
            stopwatch.Stop();
            return Task.FromResult(instances * 5 / stopwatch.Elapsed.TotalSeconds);
        });

        // Pages written per commit: count WAL frames with automatic checkpoints off.
        Execute(connection, "PRAGMA wal_autocheckpoint=0; PRAGMA wal_checkpoint(TRUNCATE);");
        for (var i = 0; i < 200; i++) RunFlow(connection);
        var perTransition = WalFrames(connection) / 1000.0;
        Execute(connection, "CREATE TABLE raw_rows (id TEXT PRIMARY KEY, payload TEXT NOT NULL, at TEXT NOT NULL); PRAGMA wal_checkpoint(TRUNCATE);");
        for (var i = 0; i < 1000; i++) Execute(connection, $"INSERT INTO raw_rows VALUES ('{Guid.NewGuid()}', '{{\"step\":{i}}}', '{Now}')");
        var perInsert = WalFrames(connection) / 1000.0;
        var line = $"WAL frames (4 KiB pages) per commit: {perTransition:N1} per transition vs {perInsert:N1} per raw single-row insert";
        Console.WriteLine(line);
        results.Summary.Add(line);
    }

    private static void RunFlow(SqliteConnection connection)
    {
        var instance = Guid.CreateVersion7().ToString().ToUpperInvariant();
        Transaction(connection, $"""
            INSERT INTO wf_instances (id, definition_id, version, status, result, variables, revision, journal_sequence, is_test_run, started_by, created_at, updated_at, finished_at)
            VALUES ('{instance}', 'five-steps', 1, 'Running', NULL, '{"{}"}', 1, 0, 0, 'bench', '{Now}', '{Now}', NULL);
            INSERT INTO wf_bookmarks (id, instance_id, activity_id, kind, role, outcomes, due_at, breached_at, event_name, assignee, created_at, consumed_at, consumed_by, consumed_outcome)
            VALUES ('{NewId()}', '{instance}', 'step1', 'HumanTask', 'Officer', '["Done"]', NULL, NULL, NULL, NULL, '{Now}', NULL, NULL, NULL);
            """);
        for (var step = 1; step <= 4; step++)
        {
            Transaction(connection, $"""
                UPDATE wf_instances SET status = 'Running', result = NULL, variables = '{"{}"}', revision = {step + 1}, journal_sequence = {step},
                    updated_at = '{Now}', finished_at = NULL WHERE id = '{instance}' AND revision = {step};
                UPDATE wf_bookmarks SET breached_at = NULL, consumed_at = '{Now}', consumed_by = 'bench', consumed_outcome = 'Done'
                    WHERE instance_id = '{instance}' AND consumed_at IS NULL;
                INSERT INTO wf_journal (id, instance_id, sequence, activity_id, activity_type, outcome, actor, data, started_at, finished_at, error)
                VALUES ('{NewId()}', '{instance}', {step}, 'step{step}', 'HumanTask', 'Done', 'bench', NULL, '{Now}', '{Now}', NULL);
                INSERT INTO wf_bookmarks (id, instance_id, activity_id, kind, role, outcomes, due_at, breached_at, event_name, assignee, created_at, consumed_at, consumed_by, consumed_outcome)
                VALUES ('{NewId()}', '{instance}', 'step{step + 1}', 'HumanTask', 'Officer', '["Done"]', NULL, NULL, NULL, NULL, '{Now}', NULL, NULL, NULL);
                """);
        }
    }

    private static string NewId() => Guid.CreateVersion7().ToString().ToUpperInvariant();

    private static void Transaction(SqliteConnection connection, string sql)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Frames in the WAL now (the second column of a passive checkpoint's report).</summary>
    private static long WalFrames(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.GetInt64(1);
    }
}
