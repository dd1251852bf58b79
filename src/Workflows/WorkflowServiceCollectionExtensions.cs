using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Expressions;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Scheduling;
using DomatAljandal.Workflows.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Workflows;

/// <summary>Registers the workflow engine.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine on the host's <typeparamref name="TContext"/> (scoped; its model must call
    /// <see cref="WorkflowModelBuilderExtensions.ApplyWorkflowModel"/>): the built-in activities, the definition store,
    /// the runtime, incidents, the timer dispatcher, the hosted scheduler and the start-up import. Uses the registered
    /// <see cref="TimeProvider"/> (default <see cref="TimeProvider.System"/>) and <see cref="IMediator"/>
    /// (a default <see cref="Mediator"/> over the scope is added when the host has none).
    /// </summary>
    public static IServiceCollection AddWorkflowEngine<TContext>(this IServiceCollection services,
        Action<WorkflowEngineOptions>? configure = null) where TContext : DbContext
    {
        var options = services.AddOptions<WorkflowEngineOptions>();
        if (configure is not null) options.Configure(configure);
        options.Validate(o => !o.Problems().Any(), "Invalid WorkflowEngineOptions (check intervals, attempts, batch size, node id).")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ServiceFactory>(sp => sp.GetService!);
        services.TryAddScoped<IMediator, Mediator>();

        services.AddWorkflowActivity<HumanTaskActivity>()
            .AddWorkflowActivity<DecisionActivity>()
            .AddWorkflowActivity<TimerActivity>()
            .AddWorkflowActivity<WaitForEventActivity>()
            .AddWorkflowActivity<SetVariableActivity>()
            .AddWorkflowActivity<DomainActionActivity>()
            .AddWorkflowActivity<SendNotificationActivity>()
            .AddWorkflowActivity<IssueLetterActivity>()
            .AddWorkflowActivity<EndActivity>();

        services.TryAddSingleton<ActivityRegistry>();
        services.TryAddSingleton(sp => new ExpressionEvaluator(sp.GetRequiredService<IOptions<WorkflowEngineOptions>>()));
        services.TryAddSingleton<WorkflowDefinitionValidator>();
        services.TryAddSingleton<DefinitionCache>();
        services.TryAddScoped(sp => new WorkflowDbContextAccessor(sp.GetRequiredService<TContext>()));
        services.TryAddScoped<InstanceWriter>();
        services.TryAddScoped<WorkflowEngine>();
        services.TryAddScoped<IWorkflowRuntime, WorkflowRuntime>();
        services.TryAddScoped<IIncidentService, IncidentService>();
        services.TryAddScoped<IWorkflowTasks, WorkflowTasks>();
        services.TryAddScoped<IWorkflowDefinitionStore, WorkflowDefinitionStore>();
        services.TryAddScoped<IWorkflowCatalog, UncheckedWorkflowCatalog>();
        services.TryAddScoped<IWorkflowInstanceQueries, WorkflowInstanceQueries>();
        services.TryAddScoped<IInstanceMigration, InstanceMigration>();
        services.TryAddScoped<IWorkflowTestRun, WorkflowTestRun>();
        services.TryAddSingleton<ITimerDispatcher, TimerDispatcher>();
        services.TryAddSingleton<IWorkingCalendar, EveryDayCalendar>();

        services.AddHostedService<WorkflowDefinitionImporter>();
        services.AddHostedService<WorkflowScheduler>();
        return services;
    }

    /// <summary>Registers an activity type; the registry, validator and designer pick it up.</summary>
    public static IServiceCollection AddWorkflowActivity<TActivity>(this IServiceCollection services) where TActivity : class, IActivity
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IActivity, TActivity>());
        return services;
    }
}
