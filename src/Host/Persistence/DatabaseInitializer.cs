using DomatAljandal.Host.Identity;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Persistence;

/// <summary>Brings the database to the current schema and seeds what a first user needs, before the host serves.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database {Provider} is at the current schema", db.Database.ProviderName);

        foreach (var seeder in services.GetServices<IStartupSeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }
}

/// <summary>Something that must exist before the first request: roles, the first admin, shipped workflows, the service catalog.</summary>
public interface IStartupSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
