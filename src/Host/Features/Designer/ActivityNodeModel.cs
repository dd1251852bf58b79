using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;

namespace DomatAljandal.Host.Features.Designer;

/// <summary>How an activity looks in an instance view.</summary>
public enum NodeState
{
    None,
    /// <summary>Ran (journaled).</summary>
    Done,
    /// <summary>The instance waits here now.</summary>
    Current,
    /// <summary>Failed (incident).</summary>
    Failed,
}

/// <summary>An activity on the canvas: an input port on top and one port per outcome below.</summary>
public sealed class ActivityNodeModel(DesignerActivity activity, Point position) : NodeModel(activity.Id, position)
{
    public const double Width = 200;

    public DesignerActivity Activity { get; } = activity;

    public (string Ar, string En) TypeLabel { get; set; }

    public bool IsStart { get; set; }

    public bool IsEnd { get; set; }

    /// <summary>The name of the stage the activity belongs to, in the admin's language, or null.</summary>
    public string? StageName { get; set; }

    public IReadOnlyList<DesignerIssue> Issues { get; set; } = [];

    public NodeState State { get; set; }

    public InputPortModel Input { get; private set; } = null!;

    public List<OutcomePortModel> Outcomes { get; } = [];

    /// <summary>Adds the input port and one port per outcome, labelled by <paramref name="label"/> (the declared name).</summary>
    public void AddPorts(IEnumerable<string> outcomes, IReadOnlyList<string> optional, Func<string, string>? label = null)
    {
        Input = (InputPortModel)AddPort(new InputPortModel(this));
        foreach (var outcome in outcomes)
            Outcomes.Add((OutcomePortModel)AddPort(new OutcomePortModel(this, outcome, optional.Contains(outcome)) { Label = label?.Invoke(outcome) ?? outcome }));
    }
}

/// <summary>Where connections arrive.</summary>
public sealed class InputPortModel(NodeModel parent) : PortModel(parent, PortAlignment.Top)
{
    public override bool CanAttachTo(Blazor.Diagrams.Core.Models.Base.ILinkable other) => false;
}

/// <summary>One outcome of an activity; drag from it to the next activity.</summary>
public sealed class OutcomePortModel(ActivityNodeModel parent, string outcome, bool optional) : PortModel(parent, PortAlignment.Bottom)
{
    public string Outcome { get; } = outcome;

    /// <summary>What the port reads: the outcome's label in the admin's language.</summary>
    public string Label { get; init; } = outcome;

    public bool Optional { get; } = optional;

    public ActivityNodeModel Node { get; } = parent;

    public override bool CanAttachTo(Blazor.Diagrams.Core.Models.Base.ILinkable other) =>
        other is InputPortModel input ? input.Parent != Parent : other is ActivityNodeModel;
}
