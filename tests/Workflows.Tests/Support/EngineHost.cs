using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Scheduling;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DomatAljandal.Workflows.Tests.Support;

/// <summary>
/// One "process" of the engine over a SQLite file (or any configured provider): a service provider with a
/// FakeTimeProvider, recording MediatR handlers and helpers that use a fresh scope per call, like requests.
/// </summary>
public sealed class EngineHost : IAsyncDisposable
{
    public static readonly WorkflowActor Officer = new("officer-1", ["MemberRelationsOfficer"]);
    public static readonly WorkflowActor Admin = new("admin", ["Admin"]);

    private EngineHost(ServiceProvider services, FakeTimeProvider time, Recorder recorder)
    {
        Services = services;
        Time = time;
        Recorder = recorder;
    }

    public ServiceProvider Services { get; }
    public FakeTimeProvider Time { get; }
    public Recorder Recorder { get; }

    /// <summary>A new host on a new SQLite file in a temp folder.</summary>
    public static Task<EngineHost> CreateAsync(Action<WorkflowEngineOptions>? configure = null,
        Action<IServiceCollection>? services = null) =>
        CreateAsync(TempDatabase.NewSqliteFile(), configure, services);

    /// <summary>A host on an existing SQLite file ("restart").</summary>
    public static async Task<EngineHost> CreateAsync(string sqliteFile, Action<WorkflowEngineOptions>? configure = null,
        Action<IServiceCollection>? services = null, FakeTimeProvider? time = null)
    {
        var host = Build(o => o.UseSqlite($"Data Source={sqliteFile}").UseWorkflowSqlite(),
            configure, services, time);
        await host.EnsureCreatedAsync();
        return host;
    }

    public static EngineHost Build(Action<DbContextOptionsBuilder> database, Action<WorkflowEngineOptions>? configure = null,
        Action<IServiceCollection>? extra = null, FakeTimeProvider? time = null)
    {
        time ??= new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var recorder = new Recorder();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(recorder);
        services.AddDbContext<TestDbContext>(database);
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped<IRequestHandler<DomainActionRequest, DomainActionResult>, RecordingDomainActionHandler>();
        services.AddScoped<IRequestHandler<SendNotificationRequest, Unit>, RecordingNotificationRequestHandler>();
        services.AddScoped<INotificationHandler<DeadlineBreached>, RecordingNotificationHandler>();
        services.AddScoped<INotificationHandler<WorkflowCompleted>, RecordingNotificationHandler>();
        services.AddScoped<INotificationHandler<BookmarkCreated>, RecordingNotificationHandler>();
        services.AddScoped<INotificationHandler<WorkflowFaulted>, RecordingNotificationHandler>();
        services.AddWorkflowEngine<TestDbContext>(o =>
        {
            o.IncidentBackoff = TimeSpan.FromSeconds(10);
            configure?.Invoke(o);
        });
        extra?.Invoke(services);
        return new EngineHost(services.BuildServiceProvider(validateScopes: true), time, recorder);
    }

    public async Task EnsureCreatedAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
    }

    public async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> Runtime<T>(Func<IWorkflowRuntime, Task<T>> action) => InScope(sp => action(sp.GetRequiredService<IWorkflowRuntime>()));
    public Task<T> Store<T>(Func<IWorkflowDefinitionStore, Task<T>> action) => InScope(sp => action(sp.GetRequiredService<IWorkflowDefinitionStore>()));
    public Task<T> Incidents<T>(Func<IIncidentService, Task<T>> action) => InScope(sp => action(sp.GetRequiredService<IIncidentService>()));
    public Task<T> Db<T>(Func<TestDbContext, Task<T>> action) => InScope(sp => action(sp.GetRequiredService<TestDbContext>()));

    /// <summary>Saves and publishes a definition; returns its version.</summary>
    public async Task<int> PublishAsync(string json)
    {
        var draft = await Store(s => s.SaveDraftAsync(json, default));
        await Store(s => s.PublishAsync(draft.DefinitionId, draft.Version, default));
        return draft.Version;
    }

    public async Task<WorkflowInstanceSnapshot> PublishAndStartAsync(Flow flow, JsonObject? input = null)
    {
        await PublishAsync(flow.Json());
        var definitionId = JsonNode.Parse(flow.Json())!["definitionId"]!.GetValue<string>();
        return await StartAsync(definitionId, input);
    }

    public Task<WorkflowInstanceSnapshot> StartAsync(string definitionId, JsonObject? input = null) =>
        Runtime(r => r.StartAsync(definitionId, input, Officer, default));

    public Task<WorkflowInstanceSnapshot> ResumeAsync(WorkflowInstanceSnapshot instance, string outcome, JsonObject? data = null,
        WorkflowActor? actor = null, string? activityId = null)
    {
        var bookmark = activityId is null ? instance.Bookmarks.Single() : instance.Bookmarks.Single(b => b.ActivityId == activityId);
        return Runtime(r => r.ResumeAsync(instance.InstanceId, bookmark.Id, outcome, data, actor ?? Officer, default));
    }

    public Task<WorkflowInstanceDetails> GetAsync(Guid instanceId) => Runtime(async r => (await r.GetAsync(instanceId, default))!);

    public Task<int> FireDueTimersAsync() => Services.GetRequiredService<ITimerDispatcher>().RunDueTimersOnceAsync(default);

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
