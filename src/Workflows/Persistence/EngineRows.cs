using System.Data.Common;
using System.Text.Json;
using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>
/// Reads the engine's rows from <see cref="EngineTables.InstanceWithOpenBookmarksSql"/>, with the conversions
/// <see cref="WorkflowModelBuilderExtensions.ApplyWorkflowModel"/> declares (enums as strings, times as UTC,
/// outcomes as a JSON array). The typed getters read both providers' storage (SQLite's text, PostgreSQL's types).
/// </summary>
internal static class EngineRows
{
    public static WorkflowInstance Instance(IEngineRow r) => new()
    {
        Id = r.GetGuid(0),
        DefinitionId = r.GetString(1),
        Version = r.GetInt32(2),
        Status = Enum.Parse<WorkflowStatus>(r.GetString(3)),
        Result = NullableString(r, 4),
        VariablesJson = r.GetString(5),
        Revision = r.GetInt32(6),
        JournalSequence = r.GetInt32(7),
        IsTestRun = r.GetBoolean(8),
        StartedBy = NullableString(r, 9),
        CreatedAt = Utc(r, 10),
        UpdatedAt = Utc(r, 11),
        FinishedAt = NullableUtc(r, 12),
        CurrentStage = NullableString(r, 13),
    };

    /// <summary>The bookmark whose columns start at <paramref name="o"/>, or null when the LEFT JOIN found none.</summary>
    public static Bookmark? Bookmark(IEngineRow r, int o) => r.IsNull(o) ? null : new Bookmark
    {
        Id = r.GetGuid(o),
        InstanceId = r.GetGuid(o + 1),
        ActivityId = r.GetString(o + 2),
        Kind = Enum.Parse<BookmarkKind>(r.GetString(o + 3)),
        Role = NullableString(r, o + 4),
        Outcomes = JsonSerializer.Deserialize<List<string>>(r.GetString(o + 5)) ?? [],
        DueAt = NullableUtc(r, o + 6),
        BreachedAt = NullableUtc(r, o + 7),
        EventName = NullableString(r, o + 8),
        Assignee = NullableString(r, o + 9),
        CreatedAt = Utc(r, o + 10),
        ConsumedAt = NullableUtc(r, o + 11),
        ConsumedBy = NullableString(r, o + 12),
        ConsumedOutcome = NullableString(r, o + 13),
    };

    private static string? NullableString(IEngineRow r, int i) => r.IsNull(i) ? null : r.GetString(i);

    private static DateTime Utc(IEngineRow r, int i) => DateTime.SpecifyKind(r.GetDateTime(i), DateTimeKind.Utc);

    private static DateTime? NullableUtc(IEngineRow r, int i) => r.IsNull(i) ? null : Utc(r, i);
}

/// <summary>The typed getters <see cref="EngineRows"/> reads a row with.</summary>
internal interface IEngineRow
{
    bool IsNull(int i);
    string GetString(int i);
    int GetInt32(int i);
    bool GetBoolean(int i);
    Guid GetGuid(int i);
    DateTime GetDateTime(int i);
}

/// <summary>A provider's data reader as an <see cref="IEngineRow"/>.</summary>
internal sealed class DataReaderRow(DbDataReader reader) : IEngineRow
{
    public bool IsNull(int i) => reader.IsDBNull(i);
    public string GetString(int i) => reader.GetString(i);
    public int GetInt32(int i) => reader.GetInt32(i);
    public bool GetBoolean(int i) => reader.GetBoolean(i);
    public Guid GetGuid(int i) => reader.GetGuid(i);
    public DateTime GetDateTime(int i) => reader.GetDateTime(i);
}
