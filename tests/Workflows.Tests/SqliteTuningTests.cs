using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Workflows.Tests;

/// <summary>
/// What <see cref="WorkflowSqlite.UseWorkflowSqlite{TBuilder}"/> sets on SQLite (its PRAGMAs, on every connection a
/// context opens), and that a unit of work written through EF is all or nothing.
/// </summary>
public sealed class SqliteTuningTests
{
    private const int SqliteConstraint = 19;

    [Fact]
    public async Task Every_connection_runs_in_WAL_mode_with_normal_sync_and_a_busy_timeout()
    {
        await using var host = await EngineHost.CreateAsync();

        // Two scopes in flight at once hold two native connections: each gets the PRAGMAs.
        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        foreach (var scope in new[] { first, second })
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            await db.Database.OpenConnectionAsync();
            Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
            Assert.Equal("1", await PragmaAsync(db, "synchronous")); // NORMAL
            Assert.Equal("5000", await PragmaAsync(db, "busy_timeout"));
        }
    }

    [Fact]
    public async Task A_write_that_fails_half_way_leaves_nothing_behind_and_the_connection_usable()
    {
        await using var host = await EngineHost.CreateAsync();
        var started = await host.PublishAndStartAsync(Flow.Define().Start("t")
            .HumanTask("t", "MemberRelationsOfficer", ["Ok"]).End("e").Connect("t", "Ok", "e"));
        var instanceId = started.InstanceId.ToString().ToUpperInvariant();
        var before = await host.GetAsync(started.InstanceId);
        // A row already holds the journal sequence the resume will write: its insert fails in the same transaction as the
        // guarded update of the instance and the consumed bookmark.
        const string blocker = "INSERT INTO wf_journal (id, instance_id, sequence, activity_id, activity_type, started_at) " +
                               "SELECT {0}, id, journal_sequence + 1, 'blocker', 'Test', '2025-03-01 08:00:00' FROM wf_instances WHERE id = {1}";
        await host.Db(db => db.Database.ExecuteSqlRawAsync(blocker, Guid.NewGuid().ToString().ToUpperInvariant(), instanceId));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => host.ResumeAsync(started, "Ok"));

        Assert.Equal(SqliteConstraint, Assert.IsType<SqliteException>(error.InnerException).SqliteErrorCode);
        var after = await host.GetAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Running, after.Instance.Status);
        Assert.Equal(started.Bookmarks.Single().Id, Assert.Single(after.Instance.Bookmarks).Id);
        Assert.Equal(before.Journal.Count + 1, after.Journal.Count); // only the blocker

        await host.Db(db => db.Database.ExecuteSqlRawAsync("DELETE FROM wf_journal WHERE activity_id = 'blocker'"));
        var finished = await host.ResumeAsync(started, "Ok");
        Assert.Equal(WorkflowStatus.Completed, finished.Status);
    }

    [Fact]
    public async Task A_failed_unit_of_work_leaves_nothing_of_the_engine_for_the_hosts_next_SaveChanges()
    {
        await using var host = await EngineHost.CreateAsync();
        var started = await host.PublishAndStartAsync(Flow.Define().Start("t")
            .HumanTask("t", "MemberRelationsOfficer", ["Ok"]).End("e").Connect("t", "Ok", "e"));
        var instanceId = started.InstanceId.ToString().ToUpperInvariant();
        const string blocker = "INSERT INTO wf_journal (id, instance_id, sequence, activity_id, activity_type, started_at) " +
                               "SELECT {0}, id, journal_sequence + 1, 'blocker', 'Test', '2025-03-01 08:00:00' FROM wf_instances WHERE id = {1}";
        await host.Db(db => db.Database.ExecuteSqlRawAsync(blocker, Guid.NewGuid().ToString().ToUpperInvariant(), instanceId));

        var pending = await host.InScope(async sp =>
        {
            var runtime = sp.GetRequiredService<IWorkflowRuntime>();
            var bookmark = started.Bookmarks.Single();
            await Assert.ThrowsAsync<DbUpdateException>(() =>
                runtime.ResumeAsync(started.InstanceId, bookmark.Id, "Ok", null, EngineHost.Officer, default));
            var db = sp.GetRequiredService<TestDbContext>();
            return db.ChangeTracker.Entries().Count();
        });

        Assert.Equal(0, pending);
    }

    private static async Task<string> PragmaAsync(DbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
