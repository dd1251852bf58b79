using System.Text.Json.Nodes;

namespace DomatAljandal.Workflows.Tests.Support;

/// <summary>Builds definition JSON for tests: <c>Flow.Define("x").Start("a").Activity(...).Connect(...)</c>.</summary>
public sealed class Flow
{
    private readonly JsonObject _root;
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];

    private Flow(string definitionId)
    {
        _root = new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = new JsonObject { ["ar"] = "اختبار", ["en"] = "Test" },
            ["variables"] = new JsonArray(),
        };
    }

    public static Flow Define(string definitionId = "test-flow") => new(definitionId);

    public Flow Start(string activityId)
    {
        _root["start"] = activityId;
        return this;
    }

    /// <summary>Declares a stage (appended to <c>stages</c>, in order).</summary>
    public Flow Stage(string id, string ar, string en)
    {
        if (_root["stages"] is not JsonArray stages) _root["stages"] = stages = [];
        stages.Add(new JsonObject { ["id"] = id, ["name"] = new JsonObject { ["ar"] = ar, ["en"] = en } });
        return this;
    }

    public Flow Activity(string id, string type, object? properties = null)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type };
        if (properties is not null)
            foreach (var (key, value) in JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(properties))!.AsObject().ToList())
                activity[key] = value?.DeepClone();
        _activities.Add(activity);
        return this;
    }

    public Flow HumanTask(string id, string role, string[] outcomes, string? deadline = null, object? form = null) =>
        Activity(id, "HumanTask", new { role, outcomes, deadline, form });

    public Flow End(string id, string result = "Completed") => Activity(id, "End", new { result });

    public Flow Connect(string source, string outcome, string target)
    {
        _connections.Add(new JsonObject { ["source"] = source, ["outcome"] = outcome, ["target"] = target });
        return this;
    }

    public string Json()
    {
        var root = (JsonObject)_root.DeepClone();
        root["activities"] = _activities.DeepClone();
        root["connections"] = _connections.DeepClone();
        RemoveNulls(root);
        return root.ToJsonString();
    }

    public override string ToString() => Json();

    private static void RemoveNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList()) obj.Remove(key);
                foreach (var (_, value) in obj) RemoveNulls(value);
                break;
            case JsonArray array:
                foreach (var item in array) RemoveNulls(item);
                break;
        }
    }
}
