using System.Text.RegularExpressions;
using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Host.Features.Designer;

/// <summary>A validation error placed where the admin sees it: on an activity, on a connection, or on the whole definition.</summary>
public sealed partial record DesignerIssue(string? ActivityId, int? ConnectionIndex, string? Property, string Code, string Message, string Path)
{
    /// <summary>Runs the engine's validator on the model and places each error.</summary>
    public static IReadOnlyList<DesignerIssue> Validate(DesignerModel model, WorkflowDefinitionValidator validator) =>
        validator.Validate(model.ToDefinition()).Select(e => Place(model, e)).ToList();

    public static DesignerIssue Place(DesignerModel model, DefinitionValidationError error)
    {
        if (ActivityPath().Match(error.Path) is { Success: true } a)
        {
            var index = int.Parse(a.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var id = index < model.Activities.Count ? model.Activities[index].Id : null;
            return new(id, null, a.Groups[2].Success ? a.Groups[2].Value : null, error.Code, error.Message, error.Path);
        }
        if (ConnectionPath().Match(error.Path) is { Success: true } c)
            return new(null, int.Parse(c.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), null, error.Code, error.Message, error.Path);
        return new(null, null, error.Path.TrimStart('$', '.'), error.Code, error.Message, error.Path);
    }

    [GeneratedRegex(@"^\$\.activities\[(\d+)\](?:\.([A-Za-z0-9_]+))?")]
    private static partial Regex ActivityPath();

    [GeneratedRegex(@"^\$\.connections\[(\d+)\]")]
    private static partial Regex ConnectionPath();
}
