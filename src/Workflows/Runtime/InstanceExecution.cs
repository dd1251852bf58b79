using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Expressions;
using DomatAljandal.Workflows.Persistence;
using MediatR;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>The state of one instance during one unit of work (a start, resume, event, timer or retry).</summary>
internal sealed class InstanceExecution(WorkflowInstance instance, ExecutableDefinition definition, List<Bookmark> openBookmarks)
{
    public WorkflowInstance Instance { get; } = instance;
    public ExecutableDefinition Definition { get; } = definition;
    public JsonObject Variables { get; } = JsonValues.ParseObject(instance.VariablesJson);

    /// <summary>Bookmarks not consumed (loaded ones plus the ones created in this unit of work).</summary>
    public List<Bookmark> OpenBookmarks { get; } = openBookmarks;

    /// <summary>Timers added in this unit of work and not yet saved (the database cannot see them).</summary>
    public List<DurableTimer> NewTimers { get; } = [];

    /// <summary>Incidents raised in this unit of work and not yet saved.</summary>
    public List<Incident> NewIncidents { get; } = [];

    public List<INotification> Notifications { get; } = [];
    public int Steps { get; set; }

    public bool IsActive => Instance.Status is WorkflowStatus.Running or WorkflowStatus.Faulted;

    public WorkflowInstanceSnapshot ToSnapshot() => new(
        Instance.Id, Instance.DefinitionId, Instance.Version, Instance.Status, Instance.Result,
        OpenBookmarks.Select(WorkflowEngine.ToInfo).ToList(), (JsonObject)Variables.DeepClone());
}
