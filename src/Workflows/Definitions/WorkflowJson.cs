using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DomatAljandal.Workflows.Definitions;

/// <summary>Reads and writes definitions as JSON, and computes their canonical form for change detection.</summary>
public static class WorkflowJson
{
    /// <summary>The serializer options of the definition format: camelCase, indented, Arabic kept readable.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Parses definition JSON. Malformed JSON gives one error with the path and line of the problem.</summary>
    public static (WorkflowDefinition? Definition, DefinitionValidationError? Error) Parse(string json)
    {
        try
        {
            var definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, Options);
            return definition is null
                ? (null, new DefinitionValidationError("$", ValidationCodes.MalformedJson, "The definition is empty (null).",
                    "التعريف فارغ (null)."))
                : (definition, null);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : "";
            return (null, new DefinitionValidationError(ex.Path ?? "$", ValidationCodes.MalformedJson,
                $"The JSON is malformed{where}: {ex.Message}",
                $"نص JSON غير سليم{(ex.LineNumber is { } l ? $" (السطر {l + 1}، الموضع {ex.BytePositionInLine + 1})" : "")}: {ex.Message}"));
        }
    }

    /// <summary>Serializes a definition, stamping <paramref name="version"/> (informational) when given.</summary>
    public static string Serialize(WorkflowDefinition definition, int? version = null)
    {
        var previous = definition.Version;
        definition.Version = version;
        try
        {
            return JsonSerializer.Serialize(definition, Options);
        }
        finally
        {
            definition.Version = previous;
        }
    }

    /// <summary>
    /// The canonical form used to decide whether content changed: the definition as the engine reads it,
    /// without <c>version</c>, with object keys sorted and no whitespace.
    /// </summary>
    public static string Canonicalize(WorkflowDefinition definition)
    {
        var node = JsonNode.Parse(Serialize(definition))!.AsObject();
        node.Remove("version");
        return Sorted(node)!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>SHA-256 (hex) of the canonical form.</summary>
    public static string ContentHash(WorkflowDefinition definition) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonicalize(definition))));

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sorted).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };
}
