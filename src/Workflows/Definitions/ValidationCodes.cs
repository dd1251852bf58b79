namespace DomatAljandal.Workflows.Definitions;

/// <summary>The codes a <see cref="DefinitionValidationError"/> can carry.</summary>
public static class ValidationCodes
{
    public const string MalformedJson = "json.malformed";
    public const string MissingDefinitionId = "definition.missingId";
    public const string InvalidDefinitionId = "definition.invalidId";
    public const string MissingStart = "start.missing";
    public const string UnknownStart = "start.unknown";
    public const string MissingActivityId = "activity.missingId";
    public const string DuplicateActivityId = "activity.duplicateId";
    public const string UnknownActivityType = "activity.unknownType";
    public const string MissingProperty = "activity.missingProperty";
    public const string InvalidProperty = "activity.invalidProperty";
    public const string OutcomeWithoutConnection = "activity.outcomeWithoutConnection";
    public const string InvalidDuration = "activity.invalidDuration";
    public const string InvalidExpression = "activity.invalidExpression";
    public const string UnknownConnectionSource = "connection.unknownSource";
    public const string UnknownConnectionTarget = "connection.unknownTarget";
    public const string UndeclaredOutcome = "connection.undeclaredOutcome";
    public const string InvalidOutcome = "activity.invalidOutcome";
    public const string InvalidStage = "stage.invalid";
    public const string DuplicateStage = "stage.duplicateId";
    public const string UnknownStage = "activity.unknownStage";
    public const string UnknownCatalogValue = "catalog.unknownValue";
    public const string MissingEnd = "end.missing";
    public const string UnreachableEnd = "end.unreachable";
}
