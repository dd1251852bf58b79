using System.Text.Json;

namespace DomatAljandal.Workflows.Definitions;

/// <summary>
/// What changed between two versions of a definition, for people: activities added, removed and changed
/// (property by property), connections added and removed, and a changed start. Designer layout (positions)
/// is reported separately as <see cref="MovedActivities"/> so a pure re-arrangement reads as such.
/// </summary>
/// <param name="AddedActivities">Activities only in the newer version.</param>
/// <param name="RemovedActivities">Activities only in the older version.</param>
/// <param name="ChangedActivities">Activities in both whose type, name or properties differ.</param>
/// <param name="MovedActivities">Ids of activities whose only difference is their designer layout.</param>
/// <param name="AddedConnections">Connections only in the newer version.</param>
/// <param name="RemovedConnections">Connections only in the older version.</param>
/// <param name="StartChange">The old and new start activity when it changed.</param>
/// <param name="StageChanges">
/// Stages added (no old value), removed (no new value) or renamed, each named by its id with its names
/// (<c>ar / en</c>) as values; a changed order is one change named <c>stages</c> with the ids in order.
/// </param>
public sealed record DefinitionDiff(
    IReadOnlyList<ActivityDefinition> AddedActivities,
    IReadOnlyList<ActivityDefinition> RemovedActivities,
    IReadOnlyList<ActivityChange> ChangedActivities,
    IReadOnlyList<string> MovedActivities,
    IReadOnlyList<Connection> AddedConnections,
    IReadOnlyList<Connection> RemovedConnections,
    PropertyChange? StartChange,
    IReadOnlyList<PropertyChange>? StageChanges = null)
{
    /// <summary>True when the versions behave the same (layout aside).</summary>
    public bool IsEmpty => AddedActivities.Count == 0 && RemovedActivities.Count == 0 && ChangedActivities.Count == 0
                           && AddedConnections.Count == 0 && RemovedConnections.Count == 0 && StartChange is null
                           && (StageChanges?.Count ?? 0) == 0;

    /// <summary>Compares <paramref name="older"/> with <paramref name="newer"/>; activities are matched by id.</summary>
    public static DefinitionDiff Compare(WorkflowDefinition older, WorkflowDefinition newer)
    {
        var olderById = older.Activities.Where(a => !string.IsNullOrEmpty(a.Id)).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        var newerById = newer.Activities.Where(a => !string.IsNullOrEmpty(a.Id)).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());

        var changed = new List<ActivityChange>();
        var moved = new List<string>();
        foreach (var activity in newer.Activities)
        {
            if (!olderById.TryGetValue(activity.Id, out var before)) continue;
            var changes = PropertyChanges(before, activity);
            if (changes.Count > 0) changed.Add(new ActivityChange(activity.Id, activity.Type, changes));
            else if (Json(before.Designer) != Json(activity.Designer)) moved.Add(activity.Id);
        }

        var olderConnections = older.Connections.Select(Key).ToHashSet();
        var newerConnections = newer.Connections.Select(Key).ToHashSet();
        return new DefinitionDiff(
            newer.Activities.Where(a => !olderById.ContainsKey(a.Id)).ToList(),
            older.Activities.Where(a => !newerById.ContainsKey(a.Id)).ToList(),
            changed,
            moved,
            newer.Connections.Where(c => !olderConnections.Contains(Key(c))).ToList(),
            older.Connections.Where(c => !newerConnections.Contains(Key(c))).ToList(),
            older.Start == newer.Start ? null : new PropertyChange("start", older.Start, newer.Start),
            StageChangesOf(older.Stages ?? [], newer.Stages ?? []));
    }

    private static List<PropertyChange> StageChangesOf(List<StageDefinition> older, List<StageDefinition> newer)
    {
        var changes = new List<PropertyChange>();
        foreach (var id in older.Select(s => s.Id).Union(newer.Select(s => s.Id)))
        {
            var old = older.Find(s => s.Id == id) is { } o ? Names(o) : null;
            var now = newer.Find(s => s.Id == id) is { } n ? Names(n) : null;
            if (old != now) changes.Add(new PropertyChange(id, old, now));
        }
        var oldOrder = older.Select(s => s.Id).Where(id => newer.Exists(s => s.Id == id)).ToList();
        var newOrder = newer.Select(s => s.Id).Where(id => older.Exists(s => s.Id == id)).ToList();
        if (!oldOrder.SequenceEqual(newOrder))
            changes.Add(new PropertyChange("stages", string.Join(", ", older.Select(s => s.Id)), string.Join(", ", newer.Select(s => s.Id))));
        return changes;
    }

    private static string Names(StageDefinition stage) =>
        string.Join(" / ", new[] { stage.Name?.GetValueOrDefault("ar"), stage.Name?.GetValueOrDefault("en") }.Where(t => !string.IsNullOrEmpty(t)));

    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static (string, string, string) Key(Connection c) => (c.Source, c.Outcome, c.Target);

    private static List<PropertyChange> PropertyChanges(ActivityDefinition before, ActivityDefinition after)
    {
        var changes = new List<PropertyChange>();
        if (before.Type != after.Type) changes.Add(new PropertyChange("type", before.Type, after.Type));
        if (before.Stage != after.Stage) changes.Add(new PropertyChange("stage", before.Stage, after.Stage));
        foreach (var language in Languages(before.Name, after.Name))
        {
            var old = before.Name?.GetValueOrDefault(language);
            var now = after.Name?.GetValueOrDefault(language);
            if (old != now) changes.Add(new PropertyChange($"name.{language}", old, now));
        }
        foreach (var name in before.Properties.Keys.Union(after.Properties.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.Properties.TryGetValue(name, out var o) ? Json(o) : null;
            var now = after.Properties.TryGetValue(name, out var n) ? Json(n) : null;
            if (old != now) changes.Add(new PropertyChange(name, old, now));
        }
        return changes;
    }

    private static IEnumerable<string> Languages(Dictionary<string, string>? a, Dictionary<string, string>? b) =>
        (a?.Keys.AsEnumerable() ?? []).Union(b?.Keys.AsEnumerable() ?? []).Order(StringComparer.Ordinal);

    /// <summary>A value as compact JSON text (strings without quotes), or null when absent.</summary>
    private static string? Json(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { } v => JsonSerializer.Serialize(v, Compact),
    };
}
