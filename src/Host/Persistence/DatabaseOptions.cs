using System.ComponentModel.DataAnnotations;

namespace DomatAljandal.Host.Persistence;

/// <summary>Which database the service uses. SQLite is the embedded default; PostgreSQL serves several nodes.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder (relative to the content root) that holds the SQLite file when no connection string is given.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
