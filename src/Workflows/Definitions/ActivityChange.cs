namespace DomatAljandal.Workflows.Definitions;

/// <summary>An activity present in both versions whose type, name or properties changed.</summary>
/// <param name="ActivityId">The activity's id.</param>
/// <param name="Type">Its type in the newer version.</param>
/// <param name="Changes">The changed properties, e.g. <c>deadline</c>: <c>P14D</c> → <c>P10D</c>.</param>
public sealed record ActivityChange(string ActivityId, string Type, IReadOnlyList<PropertyChange> Changes);
