using System.Text.Json;
using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Host.Features.Designer;

/// <summary>
/// One activity on the canvas. Properties stay as the JSON they were read as until the property panel changes
/// them, so untouched values export byte for byte.
/// </summary>
public sealed class DesignerActivity(string id, string type)
{
    public string Id { get; set; } = id;

    public string Type { get; set; } = type;

    public Dictionary<string, string>? Name { get; set; }

    /// <summary>The id of the definition's stage this activity belongs to, or null.</summary>
    public string? Stage { get; set; }

    /// <summary>The JSON <c>designer</c> object ({ x, y, … }), kept whole.</summary>
    public JsonElement? Designer { get; private set; }

    public Dictionary<string, JsonElement> Properties { get; private set; } = [];

    public static DesignerActivity From(ActivityDefinition definition) => new(definition.Id, definition.Type)
    {
        Name = definition.Name is null ? null : new(definition.Name),
        Stage = definition.Stage,
        Designer = definition.Designer,
        Properties = new(definition.Properties),
    };

    public ActivityDefinition ToDefinition() => new()
    {
        Id = Id,
        Type = Type,
        Name = Name is { Count: > 0 } ? new(Name) : null,
        Stage = string.IsNullOrWhiteSpace(Stage) ? null : Stage,
        Designer = Designer,
        Properties = new(Properties),
    };

    /// <summary>The position saved in <c>designer</c>, or null when the activity was never placed.</summary>
    public (double X, double Y)? Position =>
        Designer is { ValueKind: JsonValueKind.Object } d
        && d.TryGetProperty("x", out var x) && x.ValueKind == JsonValueKind.Number
        && d.TryGetProperty("y", out var y) && y.ValueKind == JsonValueKind.Number
            ? (x.GetDouble(), y.GetDouble())
            : null;

    /// <summary>Saves a position (whole pixels), keeping the other keys of <c>designer</c>.</summary>
    public void MoveTo(double x, double y)
    {
        var node = Designer is { ValueKind: JsonValueKind.Object } d ? JsonNode.Parse(d.GetRawText())!.AsObject() : new JsonObject();
        node["x"] = Math.Round(x);
        node["y"] = Math.Round(y);
        Designer = JsonSerializer.SerializeToElement(node);
    }

    public string? Label(bool arabic) =>
        Name?.GetValueOrDefault(arabic ? "ar" : "en") is { Length: > 0 } text ? text : Name?.Values.FirstOrDefault(v => v.Length > 0);

    public void SetName(string language, string? text) => Name = WithText(Name, language, text);

    public string? GetText(string property) =>
        Properties.TryGetValue(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Sets a string property; empty text removes it.</summary>
    public void SetText(string property, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) Remove(property);
        else Set(property, JsonSerializer.SerializeToElement(text));
    }

    public int? GetNumber(string property) =>
        Properties.TryGetValue(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    /// <summary>Sets a whole-number property; null removes it.</summary>
    public void SetNumber(string property, int? number)
    {
        if (number is null) Remove(property);
        else Set(property, JsonSerializer.SerializeToElement(number.Value));
    }

    public IReadOnlyList<string> GetList(string property) =>
        Properties.TryGetValue(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    /// <summary>Sets a list of strings; an empty list removes the property.</summary>
    public void SetList(string property, IReadOnlyList<string> items)
    {
        var clean = items.Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        if (clean.Count == 0) Remove(property);
        else Set(property, JsonSerializer.SerializeToElement(clean));
    }

    /// <summary>Declared outcomes (strings or <c>{ id, name }</c>) as the outcome editor shows them.</summary>
    public IReadOnlyList<OutcomeDefinition> GetOutcomes(string property) => ToDefinition().OutcomesProperty(property);

    /// <summary>Sets declared outcomes: an outcome without a label stays a plain string; blank ids are dropped.</summary>
    public void SetOutcomes(string property, IReadOnlyList<OutcomeDefinition> outcomes)
    {
        var items = new JsonArray();
        foreach (var outcome in outcomes.Where(o => !string.IsNullOrWhiteSpace(o.Id)))
        {
            var names = outcome.Name?.Where(n => !string.IsNullOrWhiteSpace(n.Value)).ToList() ?? [];
            items.Add(names.Count == 0
                ? JsonValue.Create(outcome.Id.Trim())
                : new JsonObject
                {
                    ["id"] = outcome.Id.Trim(),
                    ["name"] = new JsonObject(names.Select(n => KeyValuePair.Create(n.Key, (JsonNode?)n.Value.Trim()))),
                });
        }
        if (items.Count == 0) Remove(property);
        else Set(property, JsonSerializer.SerializeToElement(items));
    }

    /// <summary>An object property of expressions (name → expression), in its written order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> GetMap(string property) =>
        Properties.TryGetValue(property, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())).ToList()
            : [];

    public void SetMap(string property, IReadOnlyList<KeyValuePair<string, string>> entries)
    {
        var clean = entries.Where(e => !string.IsNullOrWhiteSpace(e.Key)).ToList();
        if (clean.Count == 0) Remove(property);
        else Set(property, JsonSerializer.SerializeToElement(new JsonObject(clean.Select(e => KeyValuePair.Create(e.Key.Trim(), (JsonNode?)e.Value)))));
    }

    public IReadOnlyList<FormFieldModel> GetForm(string property) =>
        Properties.TryGetValue(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(FormFieldModel.From).ToList()
            : [];

    public void SetForm(string property, IReadOnlyList<FormFieldModel> fields)
    {
        if (fields.Count == 0) Remove(property);
        else Set(property, JsonSerializer.SerializeToElement(new JsonArray(fields.Select(f => (JsonNode?)f.ToJson()).ToArray())));
    }

    /// <summary>The raw JSON of a property (for kinds the panel shows as text).</summary>
    public string? GetRaw(string property) => Properties.TryGetValue(property, out var value) ? value.GetRawText() : null;

    private void Set(string property, JsonElement value)
    {
        // An equal value keeps the original element (and its formatting) for the round trip.
        if (Properties.TryGetValue(property, out var old) && JsonElement.DeepEquals(old, value)) return;
        Properties[property] = value;
    }

    private void Remove(string property) => Properties.Remove(property);

    internal static Dictionary<string, string>? WithText(Dictionary<string, string>? texts, string language, string? text)
    {
        var result = texts is null ? new Dictionary<string, string>() : new Dictionary<string, string>(texts);
        if (string.IsNullOrWhiteSpace(text)) result.Remove(language);
        else result[language] = text.Trim();
        return result.Count == 0 ? null : result;
    }
}
