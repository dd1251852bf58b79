using System.Diagnostics;
using DomatAljandal.Workflows.Persistence;
using Microsoft.Data.Sqlite;

namespace DomatAljandal.Benchmarks;

/// <summary>
/// (b′) The ceiling for the engine's schema: the rows a 5-step flow writes (instance + bookmark at start; then per step
/// the instance update, the bookmark consumed, a journal entry and the next bookmark), as hand-written SQL prepared once
/// on one open connection, one transaction per transition, with no reads, no DbContext and no engine: what the schema
/// costs, so the gap to (b) is what EF Core and the engine cost. Also counts the WAL frames (pages) each commit writes,
/// which is what a commit costs: compare with a raw single-row insert.
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
        }, rounds: quick ? 1 : 3);

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
        var sql = Statements.For(connection);
        var instance = NewId();
        sql.Begin.ExecuteNonQuery();
        sql.InsertInstance.Parameters["$id"].Value = instance;
        sql.InsertInstance.ExecuteNonQuery();
        InsertBookmark(sql, instance, "step1");
        sql.Commit.ExecuteNonQuery();
        for (var step = 1; step <= 4; step++)
        {
            sql.Begin.ExecuteNonQuery();
            sql.UpdateInstance.Parameters["$id"].Value = instance;
            sql.UpdateInstance.Parameters["$revision"].Value = step;
            sql.UpdateInstance.ExecuteNonQuery();
            sql.ConsumeBookmarks.Parameters["$instance"].Value = instance;
            sql.ConsumeBookmarks.ExecuteNonQuery();
            sql.InsertJournal.Parameters["$id"].Value = NewId();
            sql.InsertJournal.Parameters["$instance"].Value = instance;
            sql.InsertJournal.Parameters["$sequence"].Value = step;
            sql.InsertJournal.Parameters["$activity"].Value = $"step{step}";
            sql.InsertJournal.ExecuteNonQuery();
            InsertBookmark(sql, instance, $"step{step + 1}");
            sql.Commit.ExecuteNonQuery();
        }
    }

    private static void InsertBookmark(Statements sql, string instance, string activity)
    {
        sql.InsertBookmark.Parameters["$id"].Value = NewId();
        sql.InsertBookmark.Parameters["$instance"].Value = instance;
        sql.InsertBookmark.Parameters["$activity"].Value = activity;
        sql.InsertBookmark.ExecuteNonQuery();
    }

    private static string NewId() => Guid.CreateVersion7().ToString().ToUpperInvariant();

    /// <summary>The statements of a flow, prepared once on the connection.</summary>
    private sealed class Statements
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SqliteConnection, Statements> ByConnection = new();

        public required SqliteCommand Begin, Commit, InsertInstance, InsertBookmark, UpdateInstance, ConsumeBookmarks, InsertJournal;

        public static Statements For(SqliteConnection connection) => ByConnection.GetValue(connection, c => new Statements
        {
            Begin = Prepare(c, "BEGIN IMMEDIATE"),
            Commit = Prepare(c, "COMMIT"),
            InsertInstance = Prepare(c, $"""
                INSERT INTO wf_instances (id, definition_id, version, status, result, variables, revision, journal_sequence, is_test_run, started_by, created_at, updated_at, finished_at)
                VALUES ($id, 'five-steps', 1, 'Running', NULL, '{"{}"}', 1, 0, 0, 'bench', '{Now}', '{Now}', NULL)
                """, "$id"),
            InsertBookmark = Prepare(c, $"""
                INSERT INTO wf_bookmarks (id, instance_id, activity_id, kind, role, outcomes, due_at, breached_at, event_name, assignee, created_at, consumed_at, consumed_by, consumed_outcome)
                VALUES ($id, $instance, $activity, 'HumanTask', 'Officer', '["Done"]', NULL, NULL, NULL, NULL, '{Now}', NULL, NULL, NULL)
                """, "$id", "$instance", "$activity"),
            // As EF writes them for the engine: only the columns that change.
            UpdateInstance = Prepare(c, $"""
                UPDATE wf_instances SET revision = $revision + 1, journal_sequence = $revision, updated_at = '{Now}'
                WHERE id = $id AND revision = $revision
                """, "$id", "$revision"),
            ConsumeBookmarks = Prepare(c, $"""
                UPDATE wf_bookmarks SET consumed_at = '{Now}', consumed_by = 'bench', consumed_outcome = 'Done'
                WHERE instance_id = $instance AND consumed_at IS NULL
                """, "$instance"),
            InsertJournal = Prepare(c, $"""
                INSERT INTO wf_journal (id, instance_id, sequence, activity_id, activity_type, outcome, actor, data, started_at, finished_at, error)
                VALUES ($id, $instance, $sequence, $activity, 'HumanTask', 'Done', 'bench', NULL, '{Now}', '{Now}', NULL)
                """, "$id", "$instance", "$sequence", "$activity"),
        });

        private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters) command.Parameters.Add(new SqliteParameter(name, null));
            command.Prepare();
            return command;
        }
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
