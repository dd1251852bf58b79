using DomatAljandal.Workflows;
using DomatAljandal.Workflows.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DomatAljandal.Benchmarks;

/// <summary>Temp SQLite files and an engine wired the way the host wires it.</summary>
public static class BenchmarkDatabase
{
    public static string PragmaDescription => SqlitePragmaInterceptor.Pragmas;

    public static string NewFile(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "domat-benchmarks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".db");
    }

    /// <summary>
    /// The engine on a new file. With a <see cref="FakeTimeProvider"/> (the default) time stands still unless a section
    /// advances it; <paramref name="systemClock"/> runs on the real clock, as the host does, so the engine's
    /// time-ordered ids (UUIDv7) follow each other as they do in production instead of sharing one millisecond. A
    /// <paramref name="counter"/> sees every command and transaction of the engine's contexts.
    /// </summary>
    public static async Task<(ServiceProvider Services, FakeTimeProvider Time)> EngineAsync(string file, bool systemClock = false,
        StatementCounter? counter = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(systemClock ? TimeProvider.System : time);
        services.AddDbContextPool<BenchmarkDbContext>(o =>
        {
            o.UseSqlite($"Data Source={file}").UseWorkflowSqlite();
            if (counter is not null) o.AddInterceptors(counter);
        });
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddWorkflowEngine<BenchmarkDbContext>(o => { o.EnableScheduler = false; o.TimerBatchSize = 200; });
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BenchmarkDbContext>().Database.EnsureCreatedAsync();
        return (provider, time);
    }
}

public sealed class BenchmarkDbContext(DbContextOptions<BenchmarkDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyWorkflowModel();
}
