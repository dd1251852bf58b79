using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomatAljandal.Workflows.Definitions;

/// <summary>
/// One activity in a definition. Type-specific properties (role, outcomes, condition …) are kept in
/// <see cref="Properties"/> and interpreted by the activity type's descriptor.
/// </summary>
public sealed class ActivityDefinition
{
    /// <summary>Unique id within the definition.</summary>
    public string Id { get; set; } = "";

    /// <summary>Activity type name, e.g. <c>HumanTask</c>.</summary>
    public string Type { get; set; } = "";

    /// <summary>Localized display name.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, string>? Name { get; set; }

    /// <summary>The id of the stage (in the definition's <c>stages</c>) this activity belongs to, or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Stage { get; set; }

    /// <summary>Designer layout (x, y …); ignored by the runtime.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Designer { get; set; }

    /// <summary>Type-specific properties as written in JSON.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Properties { get; set; } = [];

    /// <summary>The property's JSON value, or null when absent or JSON null.</summary>
    public JsonElement? Property(string name) =>
        Properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>The property as a string, or null when absent or not a string.</summary>
    public string? StringProperty(string name) =>
        Property(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>The property as a list of strings (empty when absent or not an array).</summary>
    public IReadOnlyList<string> StringListProperty(string name) =>
        Property(name) is { ValueKind: JsonValueKind.Array } value
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    /// <summary>
    /// The outcomes declared in property <paramref name="name"/>: each item a plain string or an object
    /// <c>{ "id", "name": { "ar", "en" } }</c>; items without an id are left out (the validator reports them).
    /// </summary>
    public IReadOnlyList<OutcomeDefinition> OutcomesProperty(string name)
    {
        if (Property(name) is not { ValueKind: JsonValueKind.Array } value) return [];
        var outcomes = new List<OutcomeDefinition>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                outcomes.Add(new OutcomeDefinition(item.GetString()!, null));
            }
            else if (item.ValueKind == JsonValueKind.Object
                     && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                     && !string.IsNullOrWhiteSpace(id.GetString()))
            {
                Dictionary<string, string>? label = null;
                if (item.TryGetProperty("name", out var names) && names.ValueKind == JsonValueKind.Object)
                    label = names.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
                        .ToDictionary(p => p.Name, p => p.Value.GetString()!);
                outcomes.Add(new OutcomeDefinition(id.GetString()!, label));
            }
        }
        return outcomes;
    }
}
