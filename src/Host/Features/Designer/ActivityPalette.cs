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

    /// <summary>An outcome's label in the admin's language (the declared <c>name</c>, else the engine's own outcomes in words, else the id).</summary>
    public string OutcomeLabel(DesignerActivity activity, string outcome) =>
        Descriptor(activity.Type)?.OutcomesProperty is { } property
        && activity.GetOutcomes(property).FirstOrDefault(o => o.Id == outcome) is { Name: not null } declared
            ? declared.Label(Localization.Loc.Language)
            : EngineOutcomeLabel(outcome);

    /// <summary>The outcomes the engine's activities take by themselves, named in the admin's language; any other id as it is.</summary>
    public static string EngineOutcomeLabel(string outcome) => outcome switch
    {
        HumanTaskActivity.TimeoutOutcome => Localization.Loc.T("انتهت المهلة", "Timed out"),
        "Done" => Localization.Loc.T("تم", "Done"),
        WaitForEventActivity.LapsedOutcome => Localization.Loc.T("انقضت مدة الانتظار", "Lapsed"),
        _ => outcome,
    };

    /// <summary>The outcome's label on an activity of the definition, or the engine's name for it when the activity is unknown.</summary>
    public string OutcomeLabelOf(DesignerActivity? activity, string outcome) =>
        activity is null ? EngineOutcomeLabel(outcome) : OutcomeLabel(activity, outcome);

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
