using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace DomatAljandal.Host.Tests.Operations;

/// <summary>
/// A database made by the release whose last migration is <see cref="Baseline"/>, full of members, cases, workflow
/// instances and timers, upgraded to the current schema: nothing is lost. Migrations after the baseline only add.
/// </summary>
public class SchemaUpgradeTests
{
    /// <summary>The schema the first deployment has; every later migration must upgrade it without loss.</summary>
    public const string Baseline = "RuntimeStagesOnInstancesAndCases";

    private const int Cases = 25;

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_database_of_the_baseline_release_upgrades_to_the_current_schema_without_losing_a_row(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var caseIds = new List<Guid>();
        await using (var old = Open(database))
        {
            await old.GetService<IMigrator>().MigrateAsync(Baseline);
            Assert.Equal(BaselineMigrationId(old), (await old.Database.GetAppliedMigrationsAsync()).Last());
            await BaselineRows.InsertCatalogAsync(old);
            for (var n = 1; n <= Cases; n++)
            {
                caseIds.Add(await BaselineRows.InsertMemberWithCaseAsync(old, n));
            }
        }

        await using var db = Open(database);
        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var cases = await db.Set<ServiceCase>().AsNoTracking().OrderBy(c => c.CreatedAt).ToListAsync();
        Assert.Equal(caseIds.Order(), cases.Select(c => c.Id).Order());
        Assert.All(cases, c => Assert.Equal(("verify", CaseStatus.Open, BaselineRows.At), (c.CurrentStage, c.Status, c.CreatedAt.UtcDateTime)));
        Assert.Equal(Enumerable.Range(1, Cases).Select(BaselineRows.Reference).Order(), cases.Select(c => c.Reference.Value).Order());

        var members = await db.Set<Member>().AsNoTracking().ToListAsync();
        Assert.Equal(cases.Select(c => c.MemberId).Order(), members.Select(m => m.Id).Order());
        Assert.All(members, m => Assert.Equal(("سارة", ContactChannel.Sms, MembershipStatus.Active), (m.FirstName, m.PreferredChannel, m.Status)));
        Assert.Contains(members, m => m.FamilyName == "الشمري7" && m.NationalId == "1000000007");

        Assert.Equal(Cases, await CountAsync(db, "SELECT COUNT(*) AS \"Value\" FROM wf_instances WHERE status = 'Running' AND current_stage = 'verify'"));
        Assert.Equal(Cases, await CountAsync(db, "SELECT COUNT(*) AS \"Value\" FROM wf_timers WHERE fired_at IS NULL AND kind = 'Deadline'"));
        Assert.Equal(1, await CountAsync(db, "SELECT COUNT(*) AS \"Value\" FROM wf_definitions WHERE source = 'Admin'"));
    }

    [Fact]
    public void Every_migration_after_the_baseline_only_adds_to_the_schema()
    {
        foreach (var kind in new[] { DatabaseKind.Sqlite, DatabaseKind.Postgres })
        {
            using var db = Open(kind, kind == DatabaseKind.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=design");
            var migrations = db.GetService<IMigrationsAssembly>();
            var later = migrations.Migrations.Keys.Order(StringComparer.Ordinal).SkipWhile(id => id != BaselineMigrationId(db)).Skip(1);
            foreach (var id in later)
            {
                var migration = migrations.CreateMigration(migrations.Migrations[id], db.Database.ProviderName!);
                var losing = migration.UpOperations.Where(o => o is DropTableOperation or DropColumnOperation or RenameTableOperation or RenameColumnOperation);
                Assert.True(!losing.Any(), $"{kind} migration {id} drops or renames a table or column; add new ones and copy instead (docs/operations.md).");
            }
        }
    }

    private static string BaselineMigrationId(AppDbContext db) =>
        Assert.Single(db.GetService<IMigrationsAssembly>().Migrations.Keys, id => id.EndsWith("_" + Baseline, StringComparison.Ordinal));

    private static AppDbContext Open(TestDatabase database) => Open(database.Kind, database.ConnectionString);

    private static AppDbContext Open(DatabaseKind kind, string connectionString) => kind == DatabaseKind.Postgres
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options)
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options);

    private static Task<int> CountAsync(AppDbContext db, string sql) =>
        db.Database.SqlQueryRaw<int>(sql).SingleAsync();
}
