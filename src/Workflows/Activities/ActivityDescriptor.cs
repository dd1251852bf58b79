namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// Describes an activity type: its properties and outcomes. The validator and the designer read it;
/// registering a new <see cref="IActivity"/> in DI makes the type available everywhere.
/// </summary>
/// <param name="Type">Type name used in definitions' <c>type</c>.</param>
/// <param name="Description">What the activity does.</param>
/// <param name="Properties">The properties it reads.</param>
/// <param name="Outcomes">Fixed outcomes (empty when they are declared by <paramref name="OutcomesProperty"/> or the activity ends the flow).</param>
/// <param name="OutcomesProperty">Name of the property declaring the outcomes, when the definition declares them.</param>
/// <param name="OptionalOutcomes">Outcomes that need no connection (e.g. <c>Timeout</c>).</param>
/// <param name="IsBlocking">Whether the activity waits (creates a bookmark).</param>
public sealed record ActivityDescriptor(
    string Type,
    string Description,
    IReadOnlyList<ActivityPropertyDescriptor> Properties,
    IReadOnlyList<string> Outcomes,
    string? OutcomesProperty = null,
    IReadOnlyList<string>? OptionalOutcomes = null,
    bool IsBlocking = false);
