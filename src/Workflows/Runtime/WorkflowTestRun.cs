using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Expressions;
using DomatAljandal.Workflows.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Workflows.Runtime;

/// <inheritdoc />
internal sealed class WorkflowTestRun(
    WorkflowDbContextAccessor db,
    InstanceWriter writer,
    DefinitionCache definitions,
    ActivityRegistry registry,
    ExpressionEvaluator expressions,
    IServiceProvider services,
    TimeProvider time,
    IOptions<WorkflowEngineOptions> options,
    ILogger<WorkflowEngine> engineLogger) : IWorkflowTestRun
{
    public async Task<WorkflowInstanceSnapshot> StartAsync(string definitionId, int version, JsonObject? input, WorkflowActor actor,
        CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(db.Context, definitionId, version, cancellationToken);
        var engine = SimulatingEngine(definition);
        var x = engine.Create(definition, input, actor.Id);
        x.Instance.IsTestRun = true;
        using var scope = engine.BeginScope(x.Instance);
        await engine.RunAsync(x, [definition.Start], actor.Id, cancellationToken);
        return await SaveAsync(engine, x, cancellationToken);
    }

    public async Task<WorkflowInstanceSnapshot> ResumeAsync(Guid instanceId, Guid bookmarkId, string outcome, JsonObject? data, WorkflowActor actor,
        CancellationToken cancellationToken)
    {
        var instance = await db.Context.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is not { IsTestRun: true })
            throw new WorkflowNotFoundException($"Instance {instanceId} is not a test run.");
        var definition = await definitions.GetAsync(db.Context, instance.DefinitionId, instance.Version, cancellationToken);
        var engine = SimulatingEngine(definition);
        var x = await engine.LoadAsync(instanceId, cancellationToken);
        using var scope = engine.BeginScope(x.Instance);
        var bookmark = x.OpenBookmarks.Find(b => b.Id == bookmarkId)
                       ?? throw new WorkflowNotFoundException($"Bookmark {bookmarkId} is not open on test run {instanceId}.");
        if (!TestRunOutcomes(x.Definition.Activity(bookmark.ActivityId), bookmark).Contains(outcome))
            throw new UndeclaredOutcomeException(outcome, TestRunOutcomes(x.Definition.Activity(bookmark.ActivityId), bookmark));
        await engine.ResumeBookmarkAsync(x, bookmark, outcome, data, actor.Id, cancellationToken);
        return await SaveAsync(engine, x, cancellationToken);
    }

    /// <summary>The outcomes an admin may click in a test run: the bookmark's, plus the activity's optional ones (e.g. Timeout).</summary>
    public IReadOnlyList<string> TestRunOutcomes(Definitions.ActivityDefinition activity, Bookmark bookmark)
    {
        var type = registry.Get(activity.Type);
        return bookmark.Outcomes.Union(type.GetOutcomes(activity)).Distinct().ToList();
    }

    private async Task<WorkflowInstanceSnapshot> SaveAsync(WorkflowEngine engine, InstanceExecution x, CancellationToken cancellationToken)
    {
        // No timer fires for a test run: the scheduler would act (and publish) outside the simulation.
        x.NewTimers.Clear();
        x.Notifications.Clear();
        return await engine.SaveAsync(x, cancellationToken);
    }

    private WorkflowEngine SimulatingEngine(ExecutableDefinition definition) =>
        new(db, writer, definitions, registry, expressions, new SimulatedServices(services, new SimulatingMediator(definition, registry)), time, options, engineLogger);

    /// <summary>The host's services, except that MediatR is the simulation.</summary>
    private sealed class SimulatedServices(IServiceProvider inner, IMediator mediator) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IMediator) ? mediator : inner.GetService(serviceType);
    }

    /// <summary>Answers domain actions with the activity's first outcome and swallows notifications and sends.</summary>
    private sealed class SimulatingMediator(ExecutableDefinition definition, ActivityRegistry registry) : IMediator
    {
        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
        {
            object? response = request switch
            {
                DomainActionRequest action => new DomainActionResult(FirstOutcome(action.Context.ActivityId)),
                _ => default(TResponse),
            };
            if (response is null && typeof(TResponse) == typeof(Unit)) response = Unit.Value;
            return Task.FromResult((TResponse)response!);
        }

        public Task Publish(object notification, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification => Task.CompletedTask;

        private string FirstOutcome(string activityId)
        {
            var activity = definition.Activity(activityId);
            var outcomes = registry.Get(activity.Type).GetOutcomes(activity);
            return outcomes.Count > 0 ? outcomes[0] : "Done";
        }
    }
}
