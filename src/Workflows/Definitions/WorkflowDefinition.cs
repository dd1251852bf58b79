using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomatAljandal.Workflows.Definitions;

/// <summary>
/// A flowchart workflow definition as stored and exchanged in JSON (see docs/workflow-format.md).
/// Activities are connected from an activity's outcome to the next activity.
/// </summary>
public sealed class WorkflowDefinition
{
    /// <summary>Stable identifier of the definition across versions, e.g. <c>member-service-request</c>.</summary>
    public string DefinitionId { get; set; } = "";

    /// <summary>Informational only: the store assigns versions. Filled on export.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Version { get; set; }

    /// <summary>Localized display name, keyed by language (<c>ar</c>, <c>en</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, string>? Name { get; set; }

    /// <summary>Localized description, keyed by language.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, string>? Description { get; set; }

    /// <summary>Declared variables (documentation for designers and callers; not enforced at run time).</summary>
    public List<VariableDefinition> Variables { get; set; } = [];

    /// <summary>The procedure's stages in order (may be empty). Activities name theirs in <see cref="ActivityDefinition.Stage"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<StageDefinition>? Stages { get; set; }

    /// <summary>Id of the activity the flow starts at.</summary>
    public string? Start { get; set; }

    /// <summary>The activities of the flowchart.</summary>
    public List<ActivityDefinition> Activities { get; set; } = [];

    /// <summary>Connections from an activity's outcome to the next activity.</summary>
    public List<Connection> Connections { get; set; } = [];

    /// <summary>Any other top-level properties, kept so that export round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }

    /// <summary>Finds an activity by id, or null.</summary>
    public ActivityDefinition? FindActivity(string id) => Activities.Find(a => a.Id == id);

    /// <summary>Finds a stage by id, or null.</summary>
    public StageDefinition? FindStage(string? id) => id is null ? null : Stages?.Find(s => s.Id == id);
}
