using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Host.Features.Designer;

/// <summary>
/// The palette and the property panel, both read from the engine's activity descriptors: a type registered with
/// <c>AddWorkflowActivity&lt;T&gt;()</c> appears here with its properties, with no change to the UI.
/// </summary>
public sealed class ActivityPalette(ActivityRegistry registry)
{
    public IReadOnlyList<PaletteItem> Items =>
        registry.Descriptors.Select(d => new PaletteItem(d.Type, DesignerText.TypeName(d.Type), d.Description, d.IsBlocking)).ToList();

    public ActivityDescriptor? Descriptor(string type) => registry.TryGet(type, out var activity) ? activity.Descriptor : null;

    /// <summary>The editors of an activity type's properties, in the descriptor's order.</summary>
    public IReadOnlyList<PropertyEditor> EditorsFor(string type) =>
        Descriptor(type) is { } descriptor
            ? descriptor.Properties.Select(p => new PropertyEditor(p.Name, p.Kind, p.Required, p.Description,
                DesignerText.PropertyName(p.Name), p.Catalog)).ToList()
            : [];

    /// <summary>The outcomes an activity can take (its ports), e.g. the declared ones plus Timeout when a deadline is set.</summary>
    public IReadOnlyList<string> OutcomesOf(DesignerActivity activity) =>
        registry.TryGet(activity.Type, out var type) ? type.GetOutcomes(activity.ToDefinition()) : [];

    /// <summary>An outcome's label in the admin's language (the declared <c>name</c>, else the id; Timeout is translated).</summary>
    public string OutcomeLabel(DesignerActivity activity, string outcome) =>
        Descriptor(activity.Type)?.OutcomesProperty is { } property
        && activity.GetOutcomes(property).FirstOrDefault(o => o.Id == outcome) is { Name: not null } declared
            ? declared.Label(Localization.Loc.Language)
            : outcome == HumanTaskActivity.TimeoutOutcome ? Localization.Loc.T("انتهاء المهلة", "Timeout") : outcome;

    /// <summary>Outcomes that need no connection (e.g. Timeout).</summary>
    public IReadOnlyList<string> OptionalOutcomesOf(DesignerActivity activity) =>
        registry.TryGet(activity.Type, out var type) ? type.GetOptionalOutcomes(activity.ToDefinition()) : [];

    public bool Ends(DesignerActivity activity) =>
        registry.TryGet(activity.Type, out var type) && type.Descriptor.Outcomes.Count == 0 && type.Descriptor.OutcomesProperty is null;

    public bool Waits(ActivityDefinition activity) => registry.TryGet(activity.Type, out var type) && type.Descriptor.IsBlocking;
}

/// <summary>An activity type in the palette.</summary>
public sealed record PaletteItem(string Type, (string Ar, string En) Label, string Description, bool Waits);

/// <summary>One property in the property panel: how to edit it, from its descriptor; <c>Catalog</c> names the list it chooses from.</summary>
public sealed record PropertyEditor(
    string Name, ActivityPropertyKind Kind, bool Required, string Description, (string Ar, string En) Label, CatalogKind? Catalog);
