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
            errors.Add(new("$.definitionId", ValidationCodes.MissingDefinitionId, "'definitionId' is required.",
                "معرّف الإجراء ('definitionId') مطلوب."));
        else if (!DefinitionIdPattern().IsMatch(definition.DefinitionId))
            errors.Add(new("$.definitionId", ValidationCodes.InvalidDefinitionId,
                $"'definitionId' '{definition.DefinitionId}' may only contain letters, digits, '-', '_' and '.' (max 200).",
                $"معرّف الإجراء '{definition.DefinitionId}' لا يقبل إلا الحروف اللاتينية والأرقام و'-' و'_' و'.' (200 حرف على الأكثر)."));

        ValidateStages(definition, errors);
        var activities = ValidateActivities(definition, errors);
        ValidateStart(definition, activities, errors);
        ValidateConnections(definition, activities, errors);
        ValidateEnds(definition, activities, errors);
        return errors;
    }

    /// <summary>
    /// The values the definition names from the host's lists (roles, domain actions, templates …) that
    /// <paramref name="catalog"/> does not know, each with its JSON path. Saving a draft reports them as warnings;
    /// publishing and importing refuse them.
    /// </summary>
    public IReadOnlyList<DefinitionValidationError> CheckCatalog(WorkflowDefinition definition, IWorkflowCatalog catalog)
    {
        var problems = new List<DefinitionValidationError>();
        for (var i = 0; i < definition.Activities.Count; i++)
        {
            var activity = definition.Activities[i];
            if (!registry.TryGet(activity.Type ?? "", out var type)) continue;
            foreach (var property in type.Descriptor.Properties)
            {
                if (property.Catalog is not { } kind || catalog.Entries(kind) is not { } entries) continue;
                if (activity.StringProperty(property.Name) is not { } value || entries.Any(e => e.Id == value)) continue;
                var (ar, en) = CatalogName(kind);
                problems.Add(new($"$.activities[{i}].{property.Name}", ValidationCodes.UnknownCatalogValue,
                    $"'{activity.Id}' names the {en} '{value}', which the service does not know. Known: {string.Join(", ", entries.Select(e => e.Id))}.",
                    $"الخطوة '{activity.Id}' تذكر {ar} '{value}' وهو غير معروف في النظام. المعروف: {string.Join("، ", entries.Select(e => $"{e.NameAr} ({e.Id})"))}."));
            }
        }
        return problems;
    }

    private static (string Ar, string En) CatalogName(CatalogKind kind) => kind switch
    {
        CatalogKind.Role => ("الدور", "role"),
        CatalogKind.DomainAction => ("الإجراء", "domain action"),
        CatalogKind.NotificationTemplate => ("قالب الإشعار", "notification template"),
        CatalogKind.LetterKind => ("نوع الخطاب", "letter kind"),
        _ => ("القناة", "channel"),
    };

    private static void ValidateStages(WorkflowDefinition definition, List<DefinitionValidationError> errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (definition.Stages?.Count ?? 0); i++)
        {
            var stage = definition.Stages![i];
            var path = $"$.stages[{i}]";
            if (string.IsNullOrWhiteSpace(stage.Id) || !StageIdPattern().IsMatch(stage.Id))
                errors.Add(new($"{path}.id", ValidationCodes.InvalidStage,
                    $"Stage id '{stage.Id}' must start with a letter or digit and contain only letters, digits, '-', '_' and '.' (max 100).",
                    $"معرّف المرحلة '{stage.Id}' يبدأ بحرف لاتيني أو رقم ولا يقبل إلا الحروف اللاتينية والأرقام و'-' و'_' و'.' (100 حرف على الأكثر)."));
            else if (!seen.TryAdd(stage.Id, i))
                errors.Add(new($"{path}.id", ValidationCodes.DuplicateStage,
                    $"Stage id '{stage.Id}' is used more than once (first at $.stages[{seen[stage.Id]}]).",
                    $"معرّف المرحلة '{stage.Id}' مكرر (أول مرة في $.stages[{seen[stage.Id]}])."));
            if (stage.Name?.GetValueOrDefault("ar") is not { } ar || string.IsNullOrWhiteSpace(ar))
                errors.Add(new($"{path}.name.ar", ValidationCodes.InvalidStage,
                    $"Stage '{stage.Id}' needs an Arabic name (name.ar).",
                    $"المرحلة '{stage.Id}' تحتاج إلى اسم عربي (name.ar)."));
        }

        for (var i = 0; i < definition.Activities.Count; i++)
        {
            var activity = definition.Activities[i];
            if (activity.Stage is null || definition.FindStage(activity.Stage) is not null) continue;
            var declared = definition.Stages is { Count: > 0 } stages ? string.Join(", ", stages.Select(s => s.Id)) : "none";
            errors.Add(new($"$.activities[{i}].stage", ValidationCodes.UnknownStage,
                $"Activity '{activity.Id}' belongs to stage '{activity.Stage}', which 'stages' does not declare (declared: {declared}).",
                $"الخطوة '{activity.Id}' تنتمي إلى المرحلة '{activity.Stage}' غير المعلنة في المراحل ('stages'). المعلنة: {(declared == "none" ? "لا شيء" : declared)}."));
        }
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
                    $"Activity '{activity.Id}' has unknown type '{activity.Type}'. Known types: {string.Join(", ", registry.Descriptors.Select(d => d.Type))}.",
                    $"نوع الخطوة '{activity.Id}' غير معروف: '{activity.Type}'. الأنواع المعروفة: {string.Join("، ", registry.Descriptors.Select(d => d.Type))}."));
            else
                type = found;

            if (string.IsNullOrWhiteSpace(activity.Id))
                errors.Add(new($"{path}.id", ValidationCodes.MissingActivityId, "Every activity needs an 'id'.", "كل خطوة تحتاج إلى معرّف ('id')."));
            else if (!byId.TryAdd(activity.Id, (i, activity, type)))
                errors.Add(new($"{path}.id", ValidationCodes.DuplicateActivityId,
                    $"Activity id '{activity.Id}' is used more than once (first at $.activities[{byId[activity.Id].Item1}]).",
                    $"معرّف الخطوة '{activity.Id}' مكرر (أول مرة في $.activities[{byId[activity.Id].Item1}])."));

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
                    $"{activity.Type} '{activity.Id}' requires '{property.Name}' ({property.Description}).",
                    $"الخطوة '{activity.Id}' ({activity.Type}) تحتاج إلى الخاصية '{property.Name}'."));
            return;
        }

        switch (property.Kind)
        {
            case ActivityPropertyKind.Text when value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()):
                errors.Add(new(path, ValidationCodes.InvalidProperty, $"'{property.Name}' of '{activity.Id}' must be a non-empty string.",
                    $"الخاصية '{property.Name}' في الخطوة '{activity.Id}' يجب أن تكون نصًا غير فارغ."));
                break;
            // Outcomes may carry labels: { "id", "name": { "ar", "en" } } (see ActivityDefinition.OutcomesProperty).
            case ActivityPropertyKind.TextList when value.ValueKind != JsonValueKind.Array
                                                    || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String):
                errors.Add(new(path, ValidationCodes.InvalidProperty, $"'{property.Name}' of '{activity.Id}' must be an array of strings.",
                    $"الخاصية '{property.Name}' في الخطوة '{activity.Id}' يجب أن تكون قائمة نصوص."));
                break;
            case ActivityPropertyKind.Outcomes:
                ValidateOutcomes(value, path, activity, errors);
                break;
            case ActivityPropertyKind.Form when value.ValueKind != JsonValueKind.Array:
                errors.Add(new(path, ValidationCodes.InvalidProperty, $"'{property.Name}' of '{activity.Id}' must be an array of fields.",
                    $"الخاصية '{property.Name}' في الخطوة '{activity.Id}' يجب أن تكون قائمة حقول."));
                break;
            case ActivityPropertyKind.Duration:
                if (value.ValueKind != JsonValueKind.String || !TryParseDuration(value.GetString()!))
                    errors.Add(new(path, ValidationCodes.InvalidDuration,
                        $"'{property.Name}' of '{activity.Id}' is not an ISO-8601 duration (e.g. P14D, PT2H): {value.GetRawText()}.",
                        $"الخاصية '{property.Name}' في الخطوة '{activity.Id}' ليست مدة بصيغة ISO-8601 (مثل P14D أو PT2H): {value.GetRawText()}."));
                break;
            case ActivityPropertyKind.Number when value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < 1:
                errors.Add(new(path, ValidationCodes.InvalidProperty, $"'{property.Name}' of '{activity.Id}' must be a whole number of at least 1.",
                    $"الخاصية '{property.Name}' في الخطوة '{activity.Id}' يجب أن تكون عددًا صحيحًا لا يقل عن 1."));
                break;
            case ActivityPropertyKind.Expression:
                ValidateExpression(value, path, activity, property.Name, errors);
                break;
            case ActivityPropertyKind.ExpressionMap:
                if (value.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new(path, ValidationCodes.InvalidProperty, $"'{property.Name}' of '{activity.Id}' must be an object of expressions.",
                        $"الخاصية '{property.Name}' في الخطوة '{activity.Id}' يجب أن تكون كائنًا من التعبيرات."));
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
            errors.Add(new(path, ValidationCodes.InvalidExpression, $"'{name}' of '{activity.Id}' must be a JavaScript expression string.",
                $"'{name}' في الخطوة '{activity.Id}' يجب أن يكون تعبير JavaScript نصيًا."));
            return;
        }
        if (expressions.TryParse(value.GetString()!) is { } problem)
            errors.Add(new(path, ValidationCodes.InvalidExpression, $"'{name}' of '{activity.Id}' does not parse: {problem}",
                $"تعذرت قراءة التعبير '{name}' في الخطوة '{activity.Id}': {problem}"));
    }

    private static void ValidateOutcomes(JsonElement value, string path, ActivityDefinition activity, List<DefinitionValidationError> errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new(path, ValidationCodes.InvalidOutcome, $"The outcomes of '{activity.Id}' must be an array.",
                $"نتائج الخطوة '{activity.Id}' يجب أن تكون قائمة."));
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            string? id = null;
            if (item.ValueKind == JsonValueKind.String) id = item.GetString();
            else if (item.ValueKind == JsonValueKind.Object)
            {
                if (item.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String) id = idValue.GetString();
                if (item.TryGetProperty("name", out var name)
                    && (name.ValueKind != JsonValueKind.Object || name.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String)))
                    errors.Add(new($"{itemPath}.name", ValidationCodes.InvalidOutcome,
                        $"The label of an outcome of '{activity.Id}' must be {{ \"ar\": …, \"en\": … }}.",
                        $"اسم النتيجة في الخطوة '{activity.Id}' يجب أن يكون بالصيغة {{ \"ar\": …, \"en\": … }}."));
            }
            else
            {
                errors.Add(new(itemPath, ValidationCodes.InvalidOutcome,
                    $"An outcome of '{activity.Id}' must be a string or {{ \"id\", \"name\": {{ \"ar\", \"en\" }} }}.",
                    $"النتيجة في الخطوة '{activity.Id}' يجب أن تكون نصًا أو {{ \"id\", \"name\": {{ \"ar\", \"en\" }} }}."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(id))
                errors.Add(new(item.ValueKind == JsonValueKind.Object ? $"{itemPath}.id" : itemPath, ValidationCodes.InvalidOutcome,
                    $"An outcome of '{activity.Id}' has no id.", $"نتيجة في الخطوة '{activity.Id}' بلا معرّف ('id')."));
            else if (!seen.Add(id))
                errors.Add(new(itemPath, ValidationCodes.InvalidOutcome, $"Outcome '{id}' of '{activity.Id}' is declared twice.",
                    $"النتيجة '{id}' معلنة مرتين في الخطوة '{activity.Id}'."));
        }
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
            errors.Add(new("$.start", ValidationCodes.MissingStart, "'start' must name the first activity.",
                "يجب أن تحدد 'start' الخطوة الأولى."));
        else if (!activities.ContainsKey(definition.Start))
            errors.Add(new("$.start", ValidationCodes.UnknownStart, $"'start' names unknown activity '{definition.Start}'.",
                $"خطوة البداية '{definition.Start}' غير موجودة."));
    }

    private static void ValidateConnections(WorkflowDefinition definition,
        Dictionary<string, (int Index, ActivityDefinition Activity, IActivity? Type)> activities, List<DefinitionValidationError> errors)
    {
        for (var i = 0; i < definition.Connections.Count; i++)
        {
            var connection = definition.Connections[i];
            var path = $"$.connections[{i}]";
            if (!activities.TryGetValue(connection.Source ?? "", out var source))
                errors.Add(new($"{path}.source", ValidationCodes.UnknownConnectionSource, $"Connection source '{connection.Source}' is not an activity.",
                    $"الوصلة تبدأ من '{connection.Source}' وهي ليست خطوة."));
            else if (source.Type is not null && !source.Type.GetOutcomes(source.Activity).Contains(connection.Outcome))
                errors.Add(new($"{path}.outcome", ValidationCodes.UndeclaredOutcome,
                    $"'{connection.Source}' ({source.Activity.Type}) does not declare outcome '{connection.Outcome}'; it declares: {string.Join(", ", source.Type.GetOutcomes(source.Activity))}.",
                    $"الخطوة '{connection.Source}' لا تعلن النتيجة '{connection.Outcome}'؛ نتائجها: {string.Join("، ", source.Type.GetOutcomes(source.Activity))}."));
            if (!activities.ContainsKey(connection.Target ?? ""))
                errors.Add(new($"{path}.target", ValidationCodes.UnknownConnectionTarget, $"Connection target '{connection.Target}' is not an activity.",
                    $"الوصلة تنتهي إلى '{connection.Target}' وهي ليست خطوة."));
        }

        foreach (var (id, (index, activity, type)) in activities)
        {
            if (type is null) continue;
            var optional = type.GetOptionalOutcomes(activity);
            foreach (var outcome in type.GetOutcomes(activity).Except(optional))
            {
                if (!definition.Connections.Any(c => c.Source == id && c.Outcome == outcome))
                    errors.Add(new(type.Descriptor.OutcomesProperty is { } p ? $"$.activities[{index}].{p}" : $"$.activities[{index}]",
                        ValidationCodes.OutcomeWithoutConnection, $"Outcome '{outcome}' of '{id}' has no connection.",
                        $"النتيجة '{outcome}' في الخطوة '{id}' غير موصولة بخطوة تالية."));
            }
        }
    }

    private static void ValidateEnds(WorkflowDefinition definition,
        Dictionary<string, (int Index, ActivityDefinition Activity, IActivity? Type)> activities, List<DefinitionValidationError> errors)
    {
        var ends = activities.Values.Where(a => a.Activity.Type == "End").ToList();
        if (ends.Count == 0)
        {
            errors.Add(new("$.activities", ValidationCodes.MissingEnd, "The flowchart needs at least one End activity.",
                "يحتاج المخطط إلى خطوة نهاية واحدة على الأقل."));
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
                $"End '{end.Activity.Id}' cannot be reached from start '{definition.Start}'.",
                $"لا يمكن الوصول إلى خطوة النهاية '{end.Activity.Id}' من البداية '{definition.Start}'."));
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")]
    private static partial Regex DefinitionIdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex StageIdPattern();
}
