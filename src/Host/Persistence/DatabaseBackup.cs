using Microsoft.Data.Sqlite;

namespace DomatAljandal.Host.Persistence;

/// <summary>
/// <c>dotnet run --project src/Host -- backup &lt;file&gt;</c>: a consistent copy of the SQLite database, taken with
/// SQLite's online backup while the service keeps running (its writers are not blocked in WAL mode). PostgreSQL is
/// backed up with <c>pg_dump</c> (docs/operations.md).
/// </summary>
public static class DatabaseBackup
{
    public const string Command = "backup";

    /// <summary>Copies the database the configuration names (as the service would open it) to <paramref name="target"/>.</summary>
    /// <returns>The size of the copy in bytes.</returns>
    /// <exception cref="InvalidOperationException">Not SQLite, no database yet, the target exists, or the copy fails its check.</exception>
    public static long Backup(IConfiguration configuration, IHostEnvironment environment, string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException("The backup command copies SQLite databases; back PostgreSQL up with pg_dump (see docs/operations.md).");
        }

        var source = new SqliteConnectionStringBuilder(PersistenceServiceCollectionExtensions.SqliteConnectionString(
            configuration.GetConnectionString("Default"), options.DataFolder, environment.ContentRootPath)) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        if (!File.Exists(source.DataSource))
        {
            throw new InvalidOperationException($"There is no database at {source.DataSource} to back up.");
        }

        var file = Path.GetFullPath(target);
        if (File.Exists(file))
        {
            throw new InvalidOperationException($"{file} exists; choose a new file name for the backup.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var copy = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using (var from = new SqliteConnection(source.ToString()))
        using (var to = new SqliteConnection(copy))
        {
            from.Open();
            to.Open();
            from.BackupDatabase(to); // one step: a single read snapshot of every committed page
            using var check = to.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            if (check.ExecuteScalar() as string != "ok")
            {
                throw new InvalidOperationException($"The backup in {file} failed SQLite's integrity check.");
            }
        }

        return new FileInfo(file).Length;
    }

    /// <summary>The command line: prints what was copied where, or why not; returns the process exit code.</summary>
    public static int Run(WebApplicationBuilder builder, string target)
    {
        try
        {
            var bytes = Backup(builder.Configuration, builder.Environment, target);
            Console.WriteLine($"Backed up the database to {Path.GetFullPath(target)} ({bytes:N0} bytes).");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or SqliteException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Backup failed: {e.Message}");
            return 1;
        }
    }
}
