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

    public static async Task<(ServiceProvider Services, FakeTimeProvider Time)> EngineAsync(string file)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddDbContextPool<BenchmarkDbContext>(o => o.UseSqlite($"Data Source={file}").AddInterceptors(new SqlitePragmaInterceptor()));
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
