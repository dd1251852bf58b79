using System.Text.Json.Nodes;
using DomatAljandal.Host.Tests.Infrastructure;
using DomatAljandal.Workflows;
using DomatAljandal.Workflows.Runtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace DomatAljandal.Host.Tests.Cases;

/// <summary>
/// The real host with a fake clock (time moves only when a test advances it), the timer scheduler off (tests fire due
/// timers with <c>ITimerDispatcher</c>) and the surveys' sweep off (tests run <c>SurveySweep</c> and <c>FeedbackEscalation</c>), attachments in a temp folder, and a switch that makes starting a workflow fail
/// after the engine wrote everything — to prove nothing of a failed case survives.
/// </summary>
public sealed class CasesAppFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings) : DomatAppFactory(database, settings)
{
    public static DateTimeOffset Start { get; } = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public CrashSwitch Crash { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.Configure<WorkflowEngineOptions>(o => o.EnableScheduler = false);
            services.Configure<DomatAljandal.Host.Features.Surveys.SurveyOptions>(o => o.SweepEnabled = false);

            var runtime = services.Single(d => d.ServiceType == typeof(IWorkflowRuntime));
            services.Remove(runtime);
            services.AddScoped<IWorkflowRuntime>(sp => new CrashingRuntime(
                (IWorkflowRuntime)ActivatorUtilities.CreateInstance(sp, runtime.ImplementationType!), Crash));
        });
    }

    /// <summary>When <see cref="Armed"/>, the next workflow start throws after it saved its writes.</summary>
    public sealed class CrashSwitch
    {
        public bool Armed { get; set; }
    }

    private sealed class CrashingRuntime(IWorkflowRuntime inner, CrashSwitch crash) : IWorkflowRuntime
    {
        public async Task<WorkflowInstanceSnapshot> StartAsync(string definitionId, JsonObject? input, WorkflowActor actor, CancellationToken cancellationToken)
        {
            var snapshot = await inner.StartAsync(definitionId, input, actor, cancellationToken);
            if (crash.Armed)
            {
                crash.Armed = false;
                throw new InvalidOperationException("Simulated crash after the workflow start was written.");
            }

            return snapshot;
        }

        public Task<WorkflowInstanceSnapshot> ResumeAsync(Guid instanceId, Guid bookmarkId, string outcome, JsonObject? data, WorkflowActor actor, CancellationToken cancellationToken) =>
            inner.ResumeAsync(instanceId, bookmarkId, outcome, data, actor, cancellationToken);

        public Task<WorkflowInstanceSnapshot> RaiseEventAsync(Guid instanceId, string eventName, JsonObject? data, CancellationToken cancellationToken) =>
            inner.RaiseEventAsync(instanceId, eventName, data, cancellationToken);

        public Task<WorkflowInstanceDetails?> GetAsync(Guid instanceId, CancellationToken cancellationToken) => inner.GetAsync(instanceId, cancellationToken);

        public Task<InstanceStages?> GetStagesAsync(Guid instanceId, CancellationToken cancellationToken) => inner.GetStagesAsync(instanceId, cancellationToken);

        public Task<WorkflowInstanceSnapshot> CancelAsync(Guid instanceId, WorkflowActor actor, string? reason, CancellationToken cancellationToken,
            string? result = null) =>
            inner.CancelAsync(instanceId, actor, reason, cancellationToken, result);
    }
}

/// <summary>One <see cref="CasesAppFactory"/> per test class and database kind, with its own attachments folder.</summary>
public abstract class CasesHost(DatabaseKind kind) : HostFixture<CasesAppFactory>(kind)
{
    private readonly string _attachments = Path.Combine(Path.GetTempPath(), "domat-tests", "attachments-" + Guid.NewGuid().ToString("N"));

    protected override CasesAppFactory CreateFactory(TestDatabase database) =>
        new(database, new Dictionary<string, string?>
        {
            ["Cases:AttachmentsFolder"] = _attachments,
            // Tests run the announcements and reminders sweep themselves, on the fake clock.
            ["Outreach:EnableSweep"] = "false",
        });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_attachments))
        {
            Directory.Delete(_attachments, recursive: true);
        }
    }
}

public sealed class SqliteCasesHost() : CasesHost(DatabaseKind.Sqlite);

public sealed class PostgresCasesHost() : CasesHost(DatabaseKind.Postgres);
