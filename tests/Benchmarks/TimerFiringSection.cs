using System.Diagnostics;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Scheduling;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Benchmarks;

/// <summary>
/// (c) Timer firing with 100,000 pending timers: bulk-insert instances waiting on Timer bookmarks, make the first
/// few thousand due, then time the due-timer query and firing them through the dispatcher (claim + one unit of work each).
/// </summary>
public sealed class TimerFiringSection : IBenchmarkSection
{
    private const int Pending = 100_000;

    public string Name => $"Durable timer firing with {Pending:N0} pending timers";

    public async Task RunAsync(bool quick, BenchmarkResults results)
    {
        var due = quick ? 1_000 : 5_000;
        var file = BenchmarkDatabase.NewFile("timers");
        var (services, time) = await BenchmarkDatabase.EngineAsync(file);
        await using var _services = services;
        await using (var scope = services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();
            await store.ImportAsync("""
                { "definitionId": "wait", "start": "wait",
                  "activities": [ { "id": "wait", "type": "Timer", "duration": "PT1M" }, { "id": "end", "type": "End" } ],
                  "connections": [ { "source": "wait", "outcome": "Done", "target": "end" } ] }
                """, "benchmark", default);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var insert = Stopwatch.StartNew();
        await BulkInsertAsync(file, now, due);
        insert.Stop();
        Console.WriteLine($"bulk-inserted {Pending:N0} waiting instances + bookmarks + timers in {insert.Elapsed.TotalMilliseconds:N0} ms ({due:N0} due now)");

        var (queryMs, plan) = await MeasureDueQueryAsync(file, now);
        Console.WriteLine($"due-timer query (first 200 due of {Pending:N0}): {queryMs:N3} ms; plan: {plan}");

        time.Advance(TimeSpan.FromSeconds(1));
        var dispatcher = services.GetRequiredService<ITimerDispatcher>();
        await results.CompareWithRawAsync("timers fired", async () =>
        {
            var fire = Stopwatch.StartNew();
            var fired = await dispatcher.RunDueTimersOnceAsync(default);
            fire.Stop();
            Console.WriteLine($"fired {fired:N0} due timers (claim + transition to End, each committed) in {fire.Elapsed.TotalMilliseconds:N0} ms");
            return fired / fire.Elapsed.TotalSeconds;
        });
    }

    // Rows as EF Core's SQLite provider stores them: GUIDs as upper-case TEXT, DateTime as 'yyyy-MM-dd HH:mm:ss.FFFFFFF'.
    private static string Guid7() => Guid.CreateVersion7().ToString().ToUpperInvariant();
    private static string Time(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task BulkInsertAsync(string file, DateTime now, int due)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var instance = Command(connection, transaction,
            "INSERT INTO wf_instances (id, definition_id, version, status, variables, revision, journal_sequence, is_test_run, created_at, updated_at) VALUES ($id, 'wait', 1, 'Running', '{}', 1, 0, 0, $now, $now)",
            "$id", "$now");
        var bookmark = Command(connection, transaction,
            "INSERT INTO wf_bookmarks (id, instance_id, activity_id, kind, outcomes, due_at, created_at) VALUES ($id, $instance, 'wait', 'Timer', '[\"Done\"]', $due, $now)",
            "$id", "$instance", "$due", "$now");
        var timer = Command(connection, transaction,
            "INSERT INTO wf_timers (id, instance_id, bookmark_id, kind, due_at) VALUES ($id, $instance, $bookmark, 'Delay', $due)",
            "$id", "$instance", "$bookmark", "$due");
        for (var i = 0; i < Pending; i++)
        {
            var instanceId = Guid7();
            var bookmarkId = Guid7();
            // The first `due` timers are due now; the rest spread over the coming days.
            var dueAt = Time(i < due ? now.AddMilliseconds(-i) : now.AddDays(1).AddSeconds(i));
            await Run(instance, instanceId, Time(now));
            await Run(bookmark, bookmarkId, instanceId, dueAt, Time(now));
            await Run(timer, Guid7(), instanceId, bookmarkId, dueAt);
        }
        await transaction.CommitAsync();
    }

    private static async Task<(double Milliseconds, string Plan)> MeasureDueQueryAsync(string file, DateTime now)
    {
        const string query = "SELECT id FROM wf_timers WHERE fired_at IS NULL AND due_at <= $now AND (claimed_by IS NULL OR claimed_until < $now) ORDER BY due_at LIMIT 200";
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + query;
        command.Parameters.AddWithValue("$now", Time(now.AddSeconds(1)));
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(3));

        command.CommandText = query;
        const int runs = 50;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) { }
        }
        return (stopwatch.Elapsed.TotalMilliseconds / runs, string.Join(" | ", plan));
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var parameter in parameters) command.Parameters.Add(parameter, SqliteType.Text);
        return command;
    }

    private static Task<int> Run(SqliteCommand command, params string[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        return command.ExecuteNonQueryAsync();
    }
}
