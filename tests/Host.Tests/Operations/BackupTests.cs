using System.Collections.Concurrent;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DomatAljandal.Host.Tests.Operations;

/// <summary>The <c>backup</c> command's copy, taken from the running service's SQLite file while cases are being written.</summary>
public class BackupTests
{
    [Fact]
    public async Task A_backup_taken_while_cases_are_written_opens_and_holds_every_committed_case()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new DomatAppFactory(database);
        await InScopeAsync(app, BaselineRows.InsertCatalogAsync);

        var committed = new ConcurrentQueue<Guid>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                var number = n;
                committed.Enqueue(await InScopeAsync(app, db => BaselineRows.InsertMemberWithCaseAsync(db, number)));
            }
        });
        await WaitUntilAsync(() => committed.Count >= 30);

        var before = committed.ToHashSet();
        var target = Path.Combine(Path.GetTempPath(), "domat-tests", "backup-" + Guid.NewGuid().ToString("N"), "copy.db");
        var bytes = DatabaseBackup.Backup(app.Services.GetRequiredService<IConfiguration>(), app.Services.GetRequiredService<IHostEnvironment>(), target);
        await WaitUntilAsync(() => committed.Count >= before.Count + 10); // the service kept writing
        await stop.CancelAsync();
        await writer;

        Assert.True(bytes > 0);
        var inBackup = new HashSet<Guid>();
        await using (var copy = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False"))
        {
            await copy.OpenAsync();
            await using var query = copy.CreateCommand();
            query.CommandText = "SELECT c.id FROM service_cases c JOIN members m ON m.id = c.member_id JOIN wf_instances i ON lower(i.id) = lower(c.workflow_instance_id)";
            await using var rows = await query.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                inBackup.Add(Guid.Parse(rows.GetString(0)));
            }
        }

        Assert.Superset(before, inBackup);
        Assert.Subset(committed.ToHashSet(), inBackup);
        Assert.True(committed.Count > inBackup.Count, "writes went on after the backup");
        Directory.Delete(Path.GetDirectoryName(target)!, recursive: true);
    }

    [Fact]
    public async Task The_backup_command_refuses_to_overwrite_a_file()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new DomatAppFactory(database);
        var target = Path.GetTempFileName();

        var refused = Assert.Throws<InvalidOperationException>(() =>
            DatabaseBackup.Backup(app.Services.GetRequiredService<IConfiguration>(), app.Services.GetRequiredService<IHostEnvironment>(), target));

        Assert.Contains("exists", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(target).Length);
        File.Delete(target);
    }

    private static async Task<T> InScopeAsync<T>(DomatAppFactory app, Func<AppDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static Task InScopeAsync(DomatAppFactory app, Func<AppDbContext, Task> work) =>
        InScopeAsync(app, async db =>
        {
            await work(db);
            return true;
        });

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the writer did not get that far");
            await Task.Delay(20);
        }
    }
}
