using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace DomatAljandal.Workflows.Tests;

/// <summary>
/// What <see cref="WorkflowSqlite.UseWorkflowSqlite{TBuilder}"/> changes on SQLite: the hot tables are created
/// WITHOUT ROWID, connections stay open between contexts (so prepared statements survive), and the engine's statements
/// are prepared once and bound exactly as Microsoft.Data.Sqlite binds them.
/// </summary>
public sealed class SqliteTuningTests
{
    [Fact]
    public async Task The_tables_written_on_every_transition_are_created_without_rowid()
    {
        await using var host = await EngineHost.CreateAsync();
        var tables = await host.Db(async db =>
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name LIKE 'wf_%'";
            await using var reader = await command.ExecuteReaderAsync();
            var result = new Dictionary<string, bool>();
            while (await reader.ReadAsync()) result[reader.GetString(0)] = reader.GetString(1).EndsWith("WITHOUT ROWID", StringComparison.Ordinal);
            return result;
        });

        Assert.True(tables["wf_instances"]);
        Assert.True(tables["wf_bookmarks"]);
        Assert.False(tables["wf_timers"]);
        Assert.True(tables["wf_journal"]);
        Assert.False(tables["wf_incidents"]);
        Assert.False(tables["wf_definitions"]);
    }

    [Fact]
    public async Task The_next_context_gets_the_same_open_connection_with_EFs_functions_still_registered()
    {
        await using var host = await EngineHost.CreateAsync();
        var first = await host.Db(async db =>
        {
            await db.Database.OpenConnectionAsync();
            return ((SqliteConnection)db.Database.GetDbConnection()).Handle;
        });

        var (second, matches) = await host.Db(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 'عبد الله' REGEXP 'الله$'"; // EF's regexp function, registered when EF created the connection
            return (connection.Handle, Convert.ToInt64(await command.ExecuteScalarAsync()));
        });

        Assert.Same(first, second);
        Assert.Equal(1, matches);
    }

    [Fact]
    public async Task A_context_disposed_inside_a_transaction_hands_on_no_transaction()
    {
        await using var host = await EngineHost.CreateAsync();
        await host.Db(async db =>
        {
            await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("INSERT INTO wf_definitions (definition_id, version, status, json, content_hash, created_at) " +
                                                 "VALUES ('left-open', 1, 'Draft', '[]', 'x', '2025-03-01 08:00:00')");
            return 0; // disposed without commit
        });

        var (autocommit, rows) = await host.Db(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
            return (raw.sqlite3_get_autocommit(handle), await db.Set<WorkflowDefinitionVersion>().CountAsync(d => d.DefinitionId == "left-open"));
        });

        Assert.Equal(1, autocommit);
        Assert.Equal(0, rows);
    }

    [Fact]
    public async Task A_write_that_fails_half_way_leaves_nothing_behind_and_the_connection_usable()
    {
        await using var host = await EngineHost.CreateAsync();
        var started = await host.PublishAndStartAsync(Flow.Define().Start("t")
            .HumanTask("t", "MemberRelationsOfficer", ["Ok"]).End("e").Connect("t", "Ok", "e"));
        var instanceId = started.InstanceId.ToString().ToUpperInvariant();
        var before = await host.GetAsync(started.InstanceId);
        // A row already holds the journal sequence the resume will write: its insert fails after the guarded update of the
        // instance and the consumed bookmark went through, inside the same transaction.
        const string blocker = "INSERT INTO wf_journal (id, instance_id, sequence, activity_id, activity_type, started_at) " +
                               "SELECT {0}, id, journal_sequence + 1, 'blocker', 'Test', '2025-03-01 08:00:00' FROM wf_instances WHERE id = {1}";
        await host.Db(db => db.Database.ExecuteSqlRawAsync(blocker, Guid.NewGuid().ToString().ToUpperInvariant(), instanceId));

        var error = await Assert.ThrowsAsync<SqliteException>(() => host.ResumeAsync(started, "Ok"));

        Assert.Equal(raw.SQLITE_CONSTRAINT, error.SqliteErrorCode);
        var after = await host.GetAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Running, after.Instance.Status);
        Assert.Equal(started.Bookmarks.Single().Id, Assert.Single(after.Instance.Bookmarks).Id);
        Assert.Equal(before.Journal.Count + 1, after.Journal.Count); // only the blocker

        await host.Db(db => db.Database.ExecuteSqlRawAsync("DELETE FROM wf_journal WHERE activity_id = 'blocker'"));
        var finished = await host.ResumeAsync(started, "Ok");
        Assert.Equal(WorkflowStatus.Completed, finished.Status);
    }

    public static TheoryData<object?, SqliteType> Values => new()
    {
        { null, SqliteType.Text },
        { "عبد الله — نص", SqliteType.Text },
        { "", SqliteType.Text },
        { new string('ن', 2_000), SqliteType.Text },
        { true, SqliteType.Integer },
        { 42, SqliteType.Integer },
        { long.MaxValue, SqliteType.Integer },
        { 1.5, SqliteType.Real },
        { Guid.Parse("0195a3c2-7e4f-7b1a-9c3d-5e6f7a8b9c0d"), SqliteType.Text },
        { Guid.Parse("0195a3c2-7e4f-7b1a-9c3d-5e6f7a8b9c0d"), SqliteType.Blob },
        { new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc), SqliteType.Text },
        { new DateTime(2025, 3, 1, 8, 0, 0, 123, DateTimeKind.Utc).AddTicks(4567), SqliteType.Text },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Values_are_stored_as_Microsoft_Data_Sqlite_stores_them(object? value, SqliteType type)
    {
        using var connection = OpenTempConnection();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE v (source TEXT NOT NULL, value)";
            create.ExecuteNonQuery();
        }

        using (var provider = Insert(connection, "provider", value, type)) provider.ExecuteNonQuery();
        using (var cached = Insert(connection, "cache", value, type))
        {
            Assert.True(SqliteStatementCache.CanRun(connection, SqliteStatementCache.Arguments(cached)));
            Assert.Equal(1, Run(cached, cached.CommandText));
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT typeof(value) || ':' || quote(value) FROM v ORDER BY source DESC";
        using var reader = read.ExecuteReader();
        Assert.True(reader.Read());
        var byProvider = reader.GetString(0);
        Assert.True(reader.Read());
        Assert.Equal(byProvider, reader.GetString(0));
    }

    [Fact]
    public void A_value_it_cannot_bind_is_left_to_the_provider()
    {
        using var connection = OpenTempConnection();
        using var command = Insert(connection, "provider", 12.5m, SqliteType.Text);
        Assert.False(SqliteStatementCache.CanRun(connection, SqliteStatementCache.Arguments(command)));
    }

    [Fact]
    public void Past_its_limit_a_connection_starts_its_cache_afresh_and_goes_on()
    {
        using var connection = OpenTempConnection();
        using var command = connection.CreateCommand();
        command.Parameters.Add(new SqliteParameter("@n", SqliteType.Integer) { Value = 7 });

        var sums = new List<long>();
        for (var i = 0; i <= SqliteStatementCache.MaxTextsPerConnection + 1; i++)
        {
            Ask(command, $"SELECT @n + {i}", row => sums.Add(row.GetInt32(0)));
        }
        Ask(command, "SELECT @n + 0", row => sums.Add(row.GetInt32(0)));

        Assert.Equal(Enumerable.Range(7, SqliteStatementCache.MaxTextsPerConnection + 2).Select(n => (long)n).Append(7), sums);
    }

    [Fact]
    public void A_failing_statement_raises_SQLites_error_and_leaves_the_connection_usable()
    {
        using var connection = OpenTempConnection();
        using var command = connection.CreateCommand();
        command.Parameters.Add(new SqliteParameter("@id", SqliteType.Integer) { Value = 1 });
        Run(command, "CREATE TABLE k (id INTEGER PRIMARY KEY)");
        Run(command, "INSERT INTO k (id) VALUES (@id)");

        var error = Assert.Throws<SqliteException>(() => Run(command, "INSERT INTO k (id) VALUES (@id)"));

        Assert.Equal(raw.SQLITE_CONSTRAINT, error.SqliteErrorCode);
        var count = 0;
        Ask(command, "SELECT count(*) FROM k WHERE id = @id", row => count = row.GetInt32(0));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task The_engine_writes_each_column_exactly_as_EF_writes_it()
    {
        await using var host = await EngineHost.CreateAsync();
        var instanceId = Guid.CreateVersion7();
        Bookmark Sample(Guid id) => new()
        {
            Id = id, InstanceId = instanceId, ActivityId = "committee", Kind = BookmarkKind.HumanTask, Role = "CommitteeMember",
            Outcomes = ["Approve", "رفض"], DueAt = new DateTime(2025, 3, 15, 8, 30, 0, 250, DateTimeKind.Utc), BreachedAt = null,
            EventName = null, Assignee = "عبد الله", CreatedAt = new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc),
        };
        var byEf = Guid.CreateVersion7();
        var byEngine = Guid.CreateVersion7();

        var (efRow, engineRow) = await host.Db(async db =>
        {
            db.Add(Sample(byEf));
            await db.SaveChangesAsync();
            await db.Database.OpenConnectionAsync();
            var tables = EngineTables.For(db);
            await using (var insert = EngineCommand.For(db, tables))
            {
                tables.Bookmarks.AppendInsert(insert, Sample(byEngine));
                Assert.Equal(1, await insert.ExecuteAsync(default));
            }
            return (await StoredAsync(db, byEf), await StoredAsync(db, byEngine));
        });

        Assert.Equal(efRow.Skip(1), engineRow.Skip(1)); // every column but the id, as typeof:quote
    }

    /// <summary>Every column of a bookmark as SQLite stores it (storage class and literal).</summary>
    private static async Task<string[]> StoredAsync(TestDbContext db, Guid id)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT * FROM wf_bookmarks WHERE id = @id";
        command.Parameters.Add(new SqliteParameter("@id", id.ToString().ToUpperInvariant()));
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        await reader.DisposeAsync();
        command.CommandText = "SELECT " + string.Join(", ", names.Select(n => $"typeof({n}) || ':' || quote({n})")) + " FROM wf_bookmarks WHERE id = @id";
        await using var values = await command.ExecuteReaderAsync();
        Assert.True(await values.ReadAsync());
        return Enumerable.Range(0, values.FieldCount).Select(values.GetString).ToArray();
    }

    private static int Run(SqliteCommand command, string sql) =>
        SqliteStatementCache.Execute(command.Connection!, command.CommandTimeout, sql, SqliteStatementCache.Arguments(command));

    private static void Ask(SqliteCommand command, string sql, Action<IEngineRow> read) =>
        SqliteStatementCache.Query(command.Connection!, command.CommandTimeout, sql, SqliteStatementCache.Arguments(command), read);

    private static SqliteConnection OpenTempConnection()
    {
        var connection = new SqliteConnection($"Data Source={TempDatabase.NewSqliteFile()}");
        connection.Open();
        return connection;
    }

    private static SqliteCommand Insert(SqliteConnection connection, string source, object? value, SqliteType type)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO v (source, value) VALUES ('{source}', @value)";
        command.Parameters.Add(new SqliteParameter("@value", type) { Value = value ?? DBNull.Value });
        return command;
    }
}
