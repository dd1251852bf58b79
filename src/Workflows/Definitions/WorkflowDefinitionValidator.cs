using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Expressions;

namespace DomatAljandal.Workflows.Definitions;

/// <summary>
/// Validates a definition against the registered activity descriptors and returns every error at once,
/// each with the JSON path of the culprit.
/// </summary>
public sealed partial class WorkflowDefinitionValidator(ActivityRegistry registry, ExpressionEvaluator expressions)
{
    /// <summary>Parses and validates JSON: malformed JSON gives a single error.</summary>
    public IReadOnlyList<DefinitionValidationError> Validate(string json)
    {
        var (definition, error) = WorkflowJson.Parse(json);
        return error is not null ? [error] : Validate(definition!);
    }

    /// <summary>Validates a parsed definition.</summary>
    public IReadOnlyList<DefinitionValidationError> Validate(WorkflowDefinition definition)
    {
        var errors = new List<DefinitionValidationError>();
        if (string.IsNullOrWhiteSpace(definition.DefinitionId))
            errors.Add(new("$.definitionId", ValidationCodes.MissingDefinitionId, "'definitionId' is required."));
        else if (!DefinitionIdPattern().IsMatch(definition.DefinitionId))
            errors.Add(new("$.definitionId", ValidationCodes.InvalidDefinitionId,
                $"'definitionId' '{definition.DefinitionId}' may only contain letters, digits, '-', '_' and '.' (max 200)."));

        var activities = ValidateActivities(definition, errors);
        ValidateStart(definition, activities, errors);
        ValidateConnections(definition, activities, errors);
        ValidateEnds(definition, activities, errors);
        return errors;
    }

    private Dictionary<string, (int Index, ActivityDefinition Activity, IActivity? Type)> ValidateActivities(
        WorkflowDefinition definition, List<DefinitionValidationError> errors)
    {
        var byId = new Dictionary<string, (int, ActivityDefinition, IActivity?)>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Activities.Count; i++)
        {
            var activity = definition.Activities[i];
            var path = $"$.activities[{i}]";
            IActivity? type = null;
            if (!registry.TryGet(activity.Type ?? "", out var found))
                errors.Add(new($"{path}.type", ValidationCodes.UnknownActivityType,
                    $"Activity '{activity.Id}' has unknown type '{activity.Type}'. Known types: {string.Join(", ", registry.Descriptors.Select(d => d.Type))}."));
            else
                type = found;

            if (string.IsNullOrWhiteSpace(activity.Id))
                errors.Add(new($"{path}.id", ValidationCodes.MissingActivityId, "Every activity needs an 'id'."));
            else if (!byId.TryAdd(activity.Id, (i, activity, type)))
                errors.Add(new($"{path}.id", ValidationCodes.DuplicateActivityId,
                    $"Activity id '{activity.Id}' is used more than once (first at $.activities[{byId[activity.Id].Item1}])."));

            if (type is null) continue;
            foreach (var property in type.Descriptor.Properties) ValidateProperty(activity, property, path, errors);
            errors.AddRange(type.Validate(activity, path));
        }
        return byId;
    }

    private void ValidateProperty(ActivityDefinition activity, ActivityPropertyDescriptor property, string activityPath,
        List<DefinitionValidationError> errors)
    {
        var path = $"{activityPath}.{property.Name}";
        if (activity.Property(property.Name) is not { } value)
        {
            if (property.Required)
                errors.Add(new(path, ValidationCodes.MissingProperty,
                    $"{activity.Type} '{activity.Id}' requires '{property.Name}' ({property.Description})."));
            return;
        }

        switch (property.Kind)
        {
            case ActivityPropertyKind.Text when value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()):
                errors.Add(new(path, ValidationCodes.InvalidProperty, $"'{property.Name}' of '{activity.Id}' must be a non-empty string."));
                break;
            // Outcomes may carry labels: { "id", "name": { "ar", "en" } } (see ActivityDefinition.OutcomesProperty).
            case ActivityPropertyKind.TextList when value.ValueKind != JsonValueKind.Array
                                                    || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String
                                                        && !(property.Name == "outcomes" && e.ValueKind == JsonValueKind.Object
                                                             && e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)):
                errors.Add(new(path, ValidationCodes.InvalidProperty, $"'{property.Name}' of '{activity.Id}' must be an array of strings."));
                break;
            case ActivityPropertyKind.Form when value.ValueKind != JsonValueKind.Array:
                errors.Add(new(path, ValidationCodes.InvalidProperty, $"'{property.Name}' of '{activity.Id}' must be an array of fields."));
                break;
            case ActivityPropertyKind.Duration:
                if (value.ValueKind != JsonValueKind.String || !TryParseDuration(value.GetString()!))
                    errors.Add(new(path, ValidationCodes.InvalidDuration,
                        $"'{property.Name}' of '{activity.Id}' is not an ISO-8601 duration (e.g. P14D, PT2H): {value.GetRawText()}."));
                break;
            case ActivityPropertyKind.Expression:
                ValidateExpression(value, path, activity, property.Name, errors);
                break;
            case ActivityPropertyKind.ExpressionMap:
                if (value.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new(path, ValidationCodes.InvalidProperty, $"'{property.Name}' of '{activity.Id}' must be an object of expressions."));
                    break;
                }
                foreach (var entry in value.EnumerateObject())
                    ValidateExpression(entry.Value, $"{path}.{entry.Name}", activity, $"{property.Name}.{entry.Name}", errors);
                break;
        }
    }

    private void ValidateExpression(JsonElement value, string path, ActivityDefinition activity, string name,
        List<DefinitionValidationError> errors)
    {
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add(new(path, ValidationCodes.InvalidExpression, $"'{name}' of '{activity.Id}' must be a JavaScript expression string."));
            return;
        }
        if (expressions.TryParse(value.GetString()!) is { } problem)
            errors.Add(new(path, ValidationCodes.InvalidExpression, $"'{name}' of '{activity.Id}' does not parse: {problem}"));
    }

    private static bool TryParseDuration(string text)
    {
        try
        {
            return XmlConvert.ToTimeSpan(text) >= TimeSpan.Zero;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static void ValidateStart(WorkflowDefinition definition,
        Dictionary<string, (int Index, ActivityDefinition Activity, IActivity? Type)> activities, List<DefinitionValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(definition.Start))
            errors.Add(new("$.start", ValidationCodes.MissingStart, "'start' must name the first activity."));
        else if (!activities.ContainsKey(definition.Start))
            errors.Add(new("$.start", ValidationCodes.UnknownStart, $"'start' names unknown activity '{definition.Start}'."));
    }

    private static void ValidateConnections(WorkflowDefinition definition,
        Dictionary<string, (int Index, ActivityDefinition Activity, IActivity? Type)> activities, List<DefinitionValidationError> errors)
    {
        for (var i = 0; i < definition.Connections.Count; i++)
        {
            var connection = definition.Connections[i];
            var path = $"$.connections[{i}]";
            if (!activities.TryGetValue(connection.Source ?? "", out var source))
                errors.Add(new($"{path}.source", ValidationCodes.UnknownConnectionSource, $"Connection source '{connection.Source}' is not an activity."));
            else if (source.Type is not null && !source.Type.GetOutcomes(source.Activity).Contains(connection.Outcome))
                errors.Add(new($"{path}.outcome", ValidationCodes.UndeclaredOutcome,
                    $"'{connection.Source}' ({source.Activity.Type}) does not declare outcome '{connection.Outcome}'; it declares: {string.Join(", ", source.Type.GetOutcomes(source.Activity))}."));
            if (!activities.ContainsKey(connection.Target ?? ""))
                errors.Add(new($"{path}.target", ValidationCodes.UnknownConnectionTarget, $"Connection target '{connection.Target}' is not an activity."));
        }

        foreach (var (id, (index, activity, type)) in activities)
        {
            if (type is null) continue;
            var optional = type.GetOptionalOutcomes(activity);
            foreach (var outcome in type.GetOutcomes(activity).Except(optional))
            {
                if (!definition.Connections.Any(c => c.Source == id && c.Outcome == outcome))
                    errors.Add(new(type.Descriptor.OutcomesProperty is { } p ? $"$.activities[{index}].{p}" : $"$.activities[{index}]",
                        ValidationCodes.OutcomeWithoutConnection, $"Outcome '{outcome}' of '{id}' has no connection."));
            }
        }
    }

    private static void ValidateEnds(WorkflowDefinition definition,
        Dictionary<string, (int Index, ActivityDefinition Activity, IActivity? Type)> activities, List<DefinitionValidationError> errors)
    {
        var ends = activities.Values.Where(a => a.Activity.Type == "End").ToList();
        if (ends.Count == 0)
        {
            errors.Add(new("$.activities", ValidationCodes.MissingEnd, "The flowchart needs at least one End activity."));
            return;
        }
        if (definition.Start is null || !activities.ContainsKey(definition.Start)) return;

        var reached = new HashSet<string>(StringComparer.Ordinal) { definition.Start };
        var queue = new Queue<string>([definition.Start]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in definition.Connections.Where(c => c.Source == id && activities.ContainsKey(c.Target ?? "")))
                if (reached.Add(next.Target)) queue.Enqueue(next.Target);
        }
        foreach (var end in ends.Where(e => !reached.Contains(e.Activity.Id)))
            errors.Add(new($"$.activities[{end.Index}]", ValidationCodes.UnreachableEnd,
                $"End '{end.Activity.Id}' cannot be reached from start '{definition.Start}'."));
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")]
    private static partial Regex DefinitionIdPattern();
}
