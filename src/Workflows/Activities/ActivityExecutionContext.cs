using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Expressions;
using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Workflows.Activities;

/// <summary>Everything an activity execution may use. Scoped services come from <see cref="Services"/>.</summary>
public sealed class ActivityExecutionContext
{
    internal ActivityExecutionContext(Guid instanceId, string definitionId, int version, ActivityDefinition activity,
        JsonObject variables, string? actor, DateTimeOffset now, IServiceProvider services, ExpressionEvaluator expressions,
        Guid? resumedBookmarkId = null)
    {
        ResumedBookmarkId = resumedBookmarkId;
        InstanceId = instanceId;
        DefinitionId = definitionId;
        Version = version;
        Activity = activity;
        Variables = variables;
        Actor = actor;
        Now = now;
        Services = services;
        Expressions = expressions;
    }

    /// <summary>The instance being executed.</summary>
    public Guid InstanceId { get; }
    /// <summary>Its definition id.</summary>
    public string DefinitionId { get; }
    /// <summary>Its pinned definition version.</summary>
    public int Version { get; }
    /// <summary>The activity being executed.</summary>
    public ActivityDefinition Activity { get; }
    /// <summary>The instance's variables; activities may change them.</summary>
    public JsonObject Variables { get; }
    /// <summary>The actor whose action led here (null for the scheduler).</summary>
    public string? Actor { get; }
    /// <summary>The bookmark whose resumption in this unit of work led here (null at start or on an incident retry).</summary>
    public Guid? ResumedBookmarkId { get; }
    /// <summary>The current time from the engine's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset Now { get; }
    /// <summary>The scoped service provider of the unit of work (same DbContext as the transition).</summary>
    public IServiceProvider Services { get; }
    /// <summary>The calendar of working days deadlines may count on.</summary>
    public Scheduling.IWorkingCalendar Calendar => Services.GetRequiredService<Scheduling.IWorkingCalendar>();

    /// <summary>The sandboxed expression evaluator.</summary>
    public ExpressionEvaluator Expressions { get; }

    /// <summary>Evaluates an expression property of the current activity.</summary>
    public JsonNode? Evaluate(string expression) => Expressions.Evaluate(expression, Variables);

    /// <summary>A snapshot of the workflow context for MediatR requests.</summary>
    public WorkflowContextInfo ToContextInfo() =>
        new(InstanceId, DefinitionId, Version, Activity.Id, Actor, JsonValues.ToPlainDictionary(Variables), ResumedBookmarkId);
}
