namespace DomatAljandal.Workflows.Definitions;

/// <summary>One problem in a definition: the JSON path of the culprit, a stable code and a message.</summary>
/// <param name="Path">JSON path, e.g. <c>$.activities[3].type</c>.</param>
/// <param name="Code">Stable machine-readable code, e.g. <c>activity.unknownType</c> (see <see cref="ValidationCodes"/>).</param>
/// <param name="Message">Human-readable explanation naming the culprit.</param>
public sealed record DefinitionValidationError(string Path, string Code, string Message);
