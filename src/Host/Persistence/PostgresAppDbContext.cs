using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Persistence;

/// <summary>The PostgreSQL flavour of <see cref="AppDbContext"/>; its migrations live in Persistence/Migrations/Postgres.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
