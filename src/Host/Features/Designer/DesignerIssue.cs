using System.Text.RegularExpressions;
using DomatAljandal.Host.Localization;
using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Host.Features.Designer;

/// <summary>
/// A validation error placed where the admin sees it: on an activity, on a connection, or on the whole definition;
/// <see cref="Message"/> is in the admin's language. A warning (a value the service does not know) lets the draft be
/// saved but not published.
/// </summary>
public sealed partial record DesignerIssue(string? ActivityId, int? ConnectionIndex, string? Property, string Code, string Message, string Path)
{
    public bool IsWarning => Code == ValidationCodes.UnknownCatalogValue;

    /// <summary>Runs the engine's validator on the model and places each error, then the catalog's warnings.</summary>
    public static IReadOnlyList<DesignerIssue> Validate(DesignerModel model, WorkflowDefinitionValidator validator, IWorkflowCatalog? catalog = null)
    {
        var definition = model.ToDefinition();
        var errors = validator.Validate(definition);
        var warnings = errors.Count == 0 && catalog is not null ? validator.CheckCatalog(definition, catalog) : [];
        return errors.Concat(warnings).Select(e => Place(model, e)).ToList();
    }

    public static DesignerIssue Place(DesignerModel model, DefinitionValidationError error)
    {
        if (ActivityPath().Match(error.Path) is { Success: true } a)
        {
            var index = int.Parse(a.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var id = index < model.Activities.Count ? model.Activities[index].Id : null;
            return new(id, null, a.Groups[2].Success ? a.Groups[2].Value : null, error.Code, Localized(error), error.Path);
        }
        if (ConnectionPath().Match(error.Path) is { Success: true } c)
            return new(null, int.Parse(c.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), null, error.Code, Localized(error), error.Path);
        return new(null, null, error.Path.TrimStart('$', '.'), error.Code, Localized(error), error.Path);
    }

    private static string Localized(DefinitionValidationError error) => error.MessageIn(Loc.Language);

    [GeneratedRegex(@"^\$\.activities\[(\d+)\](?:\.([A-Za-z0-9_]+))?")]
    private static partial Regex ActivityPath();

    [GeneratedRegex(@"^\$\.connections\[(\d+)\]")]
    private static partial Regex ConnectionPath();
}
