using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Persistence;

/// <summary>The SQLite flavour of <see cref="AppDbContext"/>; its migrations live in Persistence/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
