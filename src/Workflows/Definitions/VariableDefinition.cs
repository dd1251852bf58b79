using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomatAljandal.Workflows.Definitions;

/// <summary>A declared workflow variable.</summary>
public sealed class VariableDefinition
{
    /// <summary>Variable name, usable in expressions as <c>variables.name</c> or <c>name</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>Informational type: string, number, boolean, date, object, array.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; set; }

    /// <summary>Other properties (default, label …), kept for round trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
