using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Workflows.Activities;

/// <summary>Describes one property of an activity type, for the validator and the designer.</summary>
/// <param name="Name">JSON property name.</param>
/// <param name="Kind">How the value is written and checked.</param>
/// <param name="Required">Whether a definition must set it.</param>
/// <param name="Description">What the property means.</param>
/// <param name="Catalog">The host's list the value must come from (checked at publish, offered by the designer), or null.</param>
public sealed record ActivityPropertyDescriptor(
    string Name, ActivityPropertyKind Kind, bool Required, string Description, CatalogKind? Catalog = null);
