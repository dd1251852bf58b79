using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>A parsed definition version with lookups for execution.</summary>
internal sealed class ExecutableDefinition
{
    private readonly Dictionary<string, ActivityDefinition> _activities;
    private readonly ILookup<(string Source, string Outcome), string> _targets;

    public ExecutableDefinition(WorkflowDefinition model, int version)
    {
        Model = model;
        Version = version;
        _activities = model.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _targets = model.Connections.ToLookup(c => (c.Source, c.Outcome), c => c.Target);
    }

    public WorkflowDefinition Model { get; }
    public int Version { get; }
    public string DefinitionId => Model.DefinitionId;
    public string Start => Model.Start!;

    public ActivityDefinition Activity(string id) =>
        _activities.TryGetValue(id, out var activity)
            ? activity
            : throw new InvalidOperationException($"Activity '{id}' is not in {DefinitionId} v{Version}.");

    public IEnumerable<string> Targets(string source, string outcome) => _targets[(source, outcome)];

    public bool HasConnection(string source, string outcome) => _targets.Contains((source, outcome));
}
