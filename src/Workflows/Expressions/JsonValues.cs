using System.Text.Json;
using System.Text.Json.Nodes;

namespace DomatAljandal.Workflows.Expressions;

/// <summary>Converts between the engine's JSON variables and plain .NET values for handlers.</summary>
public static class JsonValues
{
    /// <summary>
    /// JSON to plain .NET: string, double, long (integral numbers), bool, null,
    /// <see cref="Dictionary{TKey,TValue}"/> and <see cref="List{T}"/>.
    /// </summary>
    public static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => ToPlainDictionary(obj),
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => Number(value.ToJsonString()),
            _ => null,
        },
        _ => null,
    };

    // JavaScript has only doubles; integral values become long so that handlers see 100, not 100.0.
#pragma warning disable CA1859 // boxed on purpose: long or double
    private static object Number(string json)
    {
        var d = double.Parse(json, System.Globalization.CultureInfo.InvariantCulture);
        if (Math.Abs(d) < 9e15 && d == Math.Floor(d)) return (long)d;
        return d;
    }
#pragma warning restore CA1859

    /// <summary>A JSON object as a plain dictionary.</summary>
    public static Dictionary<string, object?> ToPlainDictionary(JsonObject obj) =>
        obj.ToDictionary(p => p.Key, p => ToPlain(p.Value), StringComparer.Ordinal);

    /// <summary>A plain .NET value (or anything System.Text.Json serializes) as JSON.</summary>
    public static JsonNode? FromPlain(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        _ => JsonSerializer.SerializeToNode(value),
    };

    /// <summary>Parses a JSON object text; empty or null text gives an empty object.</summary>
    public static JsonObject ParseObject(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonNode.Parse(json) as JsonObject ?? [];
}
