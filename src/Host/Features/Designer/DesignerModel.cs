using System.Text.Json;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Host.Features.Designer;

/// <summary>
/// What the designer edits: a workflow definition as activities and connections that the canvas and the property
/// panel change. Everything it does not edit (variables, unknown properties, designer data) is carried through
/// untouched, so import → model → export gives the same definition.
/// </summary>
public sealed class DesignerModel
{
    public string DefinitionId { get; set; } = "";

    public Dictionary<string, string>? Name { get; set; }

    public Dictionary<string, string>? Description { get; set; }

    public string? Start { get; set; }

    /// <summary>The procedure's stages, in order; activities name theirs in <see cref="DesignerActivity.Stage"/>.</summary>
    public List<StageDefinition> Stages { get; } = [];

    public List<DesignerActivity> Activities { get; } = [];

    public List<Connection> Connections { get; } = [];

    /// <summary>The declared variables (not edited here; carried through).</summary>
    public IReadOnlyList<VariableDefinition> Variables => _variables;

    private List<VariableDefinition> _variables = [];
    private Dictionary<string, JsonElement>? _extensions;

    /// <summary>Reads definition JSON; malformed JSON gives the engine's error instead of a model.</summary>
    public static (DesignerModel? Model, DefinitionValidationError? Error) FromJson(string json)
    {
        var (definition, error) = WorkflowJson.Parse(json);
        return definition is null ? (null, error) : (FromDefinition(definition), null);
    }

    public static DesignerModel FromDefinition(WorkflowDefinition definition)
    {
        var model = new DesignerModel
        {
            DefinitionId = definition.DefinitionId,
            Name = definition.Name is null ? null : new(definition.Name),
            Description = definition.Description is null ? null : new(definition.Description),
            Start = definition.Start,
            _variables = definition.Variables,
            _extensions = definition.Extensions,
        };
        model.Stages.AddRange((definition.Stages ?? []).Select(s => new StageDefinition
        {
            Id = s.Id, Name = s.Name is null ? null : new(s.Name),
        }));
        model.Activities.AddRange(definition.Activities.Select(DesignerActivity.From));
        model.Connections.AddRange(definition.Connections.Select(c => new Connection
        {
            Source = c.Source, Outcome = c.Outcome, Target = c.Target,
            Extensions = c.Extensions is null ? null : new(c.Extensions),
        }));
        return model;
    }

    /// <summary>The definition as the engine reads it (no version: the store assigns it).</summary>
    public WorkflowDefinition ToDefinition() => new()
    {
        DefinitionId = DefinitionId,
        Name = Name is { Count: > 0 } ? new(Name) : null,
        Description = Description is { Count: > 0 } ? new(Description) : null,
        Variables = _variables,
        Stages = Stages.Count > 0 ? Stages.Select(s => new StageDefinition { Id = s.Id, Name = s.Name is null ? null : new(s.Name) }).ToList() : null,
        Start = Start,
        Activities = Activities.Select(a => a.ToDefinition()).ToList(),
        Connections = Connections.Select(c => new Connection
        {
            Source = c.Source, Outcome = c.Outcome, Target = c.Target,
            Extensions = c.Extensions is null ? null : new(c.Extensions),
        }).ToList(),
        Extensions = _extensions,
    };

    public string ToJson() => WorkflowJson.Serialize(ToDefinition());

    public DesignerActivity? Find(string id) => Activities.Find(a => a.Id == id);

    /// <summary>Adds an activity of a type at a position, with a fresh id; the first activity becomes the start.</summary>
    public DesignerActivity AddActivity(ActivityDescriptor descriptor, double x, double y)
    {
        var stem = descriptor.Type.ToLowerInvariant();
        var n = 1;
        while (Find($"{stem}-{n}") is not null) n++;
        var activity = new DesignerActivity($"{stem}-{n}", descriptor.Type);
        activity.MoveTo(x, y);
        if (descriptor.OutcomesProperty is { } outcomes && descriptor.Properties.Any(p => p.Name == outcomes && p.Required))
            activity.SetList(outcomes, ["Done"]);
        Activities.Add(activity);
        Start ??= activity.Id;
        return activity;
    }

    /// <summary>Removes an activity with every connection to or from it.</summary>
    public void RemoveActivity(string id)
    {
        Activities.RemoveAll(a => a.Id == id);
        Connections.RemoveAll(c => c.Source == id || c.Target == id);
        if (Start == id) Start = Activities.Count > 0 ? Activities[0].Id : null;
    }

    /// <summary>Gives an activity a new id, following it in connections and start. False when the id is taken or empty.</summary>
    public bool RenameActivity(string oldId, string newId)
    {
        newId = newId.Trim();
        if (newId.Length == 0 || (newId != oldId && Find(newId) is not null) || Find(oldId) is not { } activity) return false;
        activity.Id = newId;
        foreach (var c in Connections)
        {
            if (c.Source == oldId) c.Source = newId;
            if (c.Target == oldId) c.Target = newId;
        }
        if (Start == oldId) Start = newId;
        return true;
    }

    /// <summary>Connects an outcome to a target (once).</summary>
    public bool Connect(string source, string outcome, string target)
    {
        if (Connections.Any(c => c.Source == source && c.Outcome == outcome && c.Target == target)) return false;
        Connections.Add(new Connection { Source = source, Outcome = outcome, Target = target });
        return true;
    }

    public void Disconnect(Connection connection) => Connections.Remove(connection);

    /// <summary>Sets the localized name (empty text removes the language).</summary>
    public void SetName(string language, string? text) => Name = DesignerActivity.WithText(Name, language, text);

    public StageDefinition? FindStage(string? id) => id is null ? null : Stages.Find(s => s.Id == id);

    /// <summary>Adds a stage at the end with a fresh id (<c>stage-1</c>, …) and the given Arabic name.</summary>
    public StageDefinition AddStage(string? nameAr = null)
    {
        var n = Stages.Count + 1;
        while (FindStage($"stage-{n}") is not null) n++;
        var stage = new StageDefinition { Id = $"stage-{n}", Name = DesignerActivity.WithText(null, DesignerTexts.Ar, nameAr) };
        Stages.Add(stage);
        return stage;
    }

    /// <summary>Gives a stage a new id, following it in the activities that belong to it. False when taken or empty.</summary>
    public bool RenameStage(string oldId, string newId)
    {
        newId = newId.Trim();
        if (newId.Length == 0 || (newId != oldId && FindStage(newId) is not null) || FindStage(oldId) is not { } stage) return false;
        stage.Id = newId;
        foreach (var activity in Activities.Where(a => a.Stage == oldId)) activity.Stage = newId;
        return true;
    }

    public void SetStageName(string id, string language, string? text)
    {
        if (FindStage(id) is { } stage) stage.Name = DesignerActivity.WithText(stage.Name, language, text);
    }

    /// <summary>Moves a stage one place earlier (-1) or later (+1) in the order.</summary>
    public void MoveStage(string id, int by)
    {
        var index = Stages.FindIndex(s => s.Id == id);
        var to = index + by;
        if (index < 0 || to < 0 || to >= Stages.Count) return;
        (Stages[index], Stages[to]) = (Stages[to], Stages[index]);
    }

    /// <summary>Removes a stage; its activities then belong to no stage.</summary>
    public void RemoveStage(string id)
    {
        Stages.RemoveAll(s => s.Id == id);
        foreach (var activity in Activities.Where(a => a.Stage == id)) activity.Stage = null;
    }
}
