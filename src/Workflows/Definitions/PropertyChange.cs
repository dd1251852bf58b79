namespace DomatAljandal.Workflows.Definitions;

/// <summary>One changed property: its name and the old and new values as text (null when absent).</summary>
public sealed record PropertyChange(string Property, string? OldValue, string? NewValue);
