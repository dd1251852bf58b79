using System.Text.Json;
using System.Text.Json.Nodes;

namespace DomatAljandal.Host.Features.Designer;

/// <summary>A human task's form field as the property panel edits it; other keys of the field are kept.</summary>
public sealed class FormFieldModel
{
    public string Key { get; set; } = "";

    public string Type { get; set; } = "text";

    public bool Required { get; set; }

    public string? LabelAr { get; set; }

    public string? LabelEn { get; set; }

    private JsonObject _original = [];

    public static FormFieldModel From(JsonElement field)
    {
        var node = JsonNode.Parse(field.GetRawText())!.AsObject();
        var label = node["label"] as JsonObject;
        return new FormFieldModel
        {
            Key = node["key"]?.GetValueKind() == JsonValueKind.String ? node["key"]!.GetValue<string>() : "",
            Type = node["type"]?.GetValueKind() == JsonValueKind.String ? node["type"]!.GetValue<string>() : "text",
            Required = node["required"]?.GetValueKind() == JsonValueKind.True,
            LabelAr = label?["ar"]?.GetValueKind() == JsonValueKind.String ? label["ar"]!.GetValue<string>() : null,
            LabelEn = label?["en"]?.GetValueKind() == JsonValueKind.String ? label["en"]!.GetValue<string>() : null,
            _original = node,
        };
    }

    public JsonObject ToJson()
    {
        var node = (JsonObject)_original.DeepClone();
        node["key"] = Key.Trim();
        node["type"] = Type;
        if (Required || node.ContainsKey("required")) node["required"] = Required;
        var label = node["label"] as JsonObject ?? new JsonObject();
        SetOrRemove(label, "ar", LabelAr);
        SetOrRemove(label, "en", LabelEn);
        if (label.Count > 0) node["label"] = label;
        else node.Remove("label");
        return node;
    }

    private static void SetOrRemove(JsonObject obj, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) obj.Remove(key);
        else obj[key] = value.Trim();
    }
}
