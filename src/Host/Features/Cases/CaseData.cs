using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>Form answers as JSON (text, numbers, true/false) → the case's text values by field key.</summary>
internal static class CaseData
{
    public static Dictionary<string, string> From(JsonObject? data, string field)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in data ?? [])
        {
            values[key] = node switch
            {
                null => string.Empty,
                JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
                JsonValue value when value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False =>
                    value.ToJsonString().ToLower(CultureInfo.InvariantCulture),
                _ => throw ProblemException.Validation($"{field}.{key}", $"'{key}' must be text, a number or true/false."),
            };
        }

        return values;
    }

    /// <summary>A text answer of <paramref name="data"/>, trimmed; null when absent or blank.</summary>
    public static string? TextOf(JsonObject? data, string key) =>
        data?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetValue<string>())
            ? v.GetValue<string>().Trim()
            : null;
}
