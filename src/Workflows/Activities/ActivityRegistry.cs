namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// The activity types known to the engine, discovered from every <see cref="IActivity"/> registered in DI.
/// A host or test adds a type with <c>services.AddWorkflowActivity&lt;T&gt;()</c>; validation and the designer pick it up.
/// </summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, IActivity> _activities;

    /// <summary>Builds the registry; a later registration of the same type name replaces an earlier one.</summary>
    public ActivityRegistry(IEnumerable<IActivity> activities)
    {
        _activities = new Dictionary<string, IActivity>(StringComparer.Ordinal);
        foreach (var activity in activities) _activities[activity.Descriptor.Type] = activity;
    }

    /// <summary>The descriptors of all types, ordered by name.</summary>
    public IReadOnlyList<ActivityDescriptor> Descriptors =>
        _activities.Values.Select(a => a.Descriptor).OrderBy(d => d.Type, StringComparer.Ordinal).ToList();

    /// <summary>Finds an activity type by name.</summary>
    public bool TryGet(string type, out IActivity activity) => _activities.TryGetValue(type, out activity!);

    /// <summary>Gets an activity type by name.</summary>
    /// <exception cref="KeyNotFoundException">Unknown type.</exception>
    public IActivity Get(string type) =>
        TryGet(type, out var activity) ? activity : throw new KeyNotFoundException($"Unknown activity type '{type}'.");
}
