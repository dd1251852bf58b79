using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomatAljandal.Workflows.Definitions;

/// <summary>A connection from <see cref="Source"/>'s <see cref="Outcome"/> to <see cref="Target"/>.</summary>
public sealed class Connection
{
    /// <summary>Id of the source activity.</summary>
    public string Source { get; set; } = "";

    /// <summary>The outcome of the source activity that this connection follows.</summary>
    public string Outcome { get; set; } = "";

    /// <summary>Id of the target activity.</summary>
    public string Target { get; set; } = "";

    /// <summary>Designer data (vertices …), kept for round trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
