namespace DomatAljandal.Workflows.Definitions;

/// <summary>One problem in a definition: the JSON path of the culprit, a stable code and the message in English and Arabic.</summary>
/// <param name="Path">JSON path, e.g. <c>$.activities[3].type</c>.</param>
/// <param name="Code">Stable machine-readable code, e.g. <c>activity.unknownType</c> (see <see cref="ValidationCodes"/>).</param>
/// <param name="Message">English explanation naming the culprit.</param>
/// <param name="MessageAr">The same in Arabic.</param>
public sealed record DefinitionValidationError(string Path, string Code, string Message, string MessageAr)
{
    /// <summary>The message in <paramref name="language"/> (<c>ar</c> gives Arabic, anything else English).</summary>
    public string MessageIn(string language) => language == "ar" ? MessageAr : Message;
}
