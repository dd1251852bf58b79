using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>
/// The engine's tables as the host's model maps them (names, columns and EF type mappings, value converters included),
/// resolved once per model. The hot path writes through these instead of the change tracker, so its SQL and parameter
/// values are exactly what EF itself would send on either provider.
/// </summary>
internal sealed class EngineTables
{
    private static readonly ConditionalWeakTable<IModel, EngineTables> ByModel = new();

    private EngineTables(IModel model, ISqlGenerationHelper sql)
    {
        Sql = sql;
        Instances = new EngineTable<WorkflowInstance>(model, sql,
        [
            new(nameof(WorkflowInstance.Id), i => i.Id),
            new(nameof(WorkflowInstance.DefinitionId), i => i.DefinitionId),
            new(nameof(WorkflowInstance.Version), i => i.Version),
            new(nameof(WorkflowInstance.Status), i => i.Status, Mutable: true),
            new(nameof(WorkflowInstance.Result), i => i.Result, Mutable: true),
            new(nameof(WorkflowInstance.VariablesJson), i => i.VariablesJson, Mutable: true),
            new(nameof(WorkflowInstance.Revision), i => i.Revision, Mutable: true),
            new(nameof(WorkflowInstance.JournalSequence), i => i.JournalSequence, Mutable: true),
            new(nameof(WorkflowInstance.IsTestRun), i => i.IsTestRun),
            new(nameof(WorkflowInstance.StartedBy), i => i.StartedBy),
            new(nameof(WorkflowInstance.CreatedAt), i => i.CreatedAt),
            new(nameof(WorkflowInstance.UpdatedAt), i => i.UpdatedAt, Mutable: true),
            new(nameof(WorkflowInstance.FinishedAt), i => i.FinishedAt, Mutable: true),
            new(nameof(WorkflowInstance.CurrentStage), i => i.CurrentStage, Mutable: true),
        ]);
        // The engine never writes Assignee after the insert: the host owns claims.
        Bookmarks = new EngineTable<Bookmark>(model, sql,
        [
            new(nameof(Bookmark.Id), b => b.Id),
            new(nameof(Bookmark.InstanceId), b => b.InstanceId),
            new(nameof(Bookmark.ActivityId), b => b.ActivityId),
            new(nameof(Bookmark.Kind), b => b.Kind),
            new(nameof(Bookmark.Role), b => b.Role),
            new(nameof(Bookmark.Outcomes), b => b.Outcomes),
            new(nameof(Bookmark.DueAt), b => b.DueAt),
            new(nameof(Bookmark.BreachedAt), b => b.BreachedAt, Mutable: true),
            new(nameof(Bookmark.EventName), b => b.EventName),
            new(nameof(Bookmark.Assignee), b => b.Assignee),
            new(nameof(Bookmark.CreatedAt), b => b.CreatedAt),
            new(nameof(Bookmark.ConsumedAt), b => b.ConsumedAt, Mutable: true),
            new(nameof(Bookmark.ConsumedBy), b => b.ConsumedBy, Mutable: true),
            new(nameof(Bookmark.ConsumedOutcome), b => b.ConsumedOutcome, Mutable: true),
        ]);
        Timers = new EngineTable<DurableTimer>(model, sql,
        [
            new(nameof(DurableTimer.Id), t => t.Id),
            new(nameof(DurableTimer.InstanceId), t => t.InstanceId),
            new(nameof(DurableTimer.BookmarkId), t => t.BookmarkId),
            new(nameof(DurableTimer.IncidentId), t => t.IncidentId),
            new(nameof(DurableTimer.Kind), t => t.Kind),
            new(nameof(DurableTimer.DueAt), t => t.DueAt),
            new(nameof(DurableTimer.FiredAt), t => t.FiredAt),
            new(nameof(DurableTimer.ClaimedBy), t => t.ClaimedBy),
            new(nameof(DurableTimer.ClaimedUntil), t => t.ClaimedUntil),
        ]);
        Incidents = new EngineTable<Incident>(model, sql,
        [
            new(nameof(Incident.Id), i => i.Id),
            new(nameof(Incident.InstanceId), i => i.InstanceId),
            new(nameof(Incident.DefinitionId), i => i.DefinitionId),
            new(nameof(Incident.ActivityId), i => i.ActivityId),
            new(nameof(Incident.Error), i => i.Error, Mutable: true),
            new(nameof(Incident.Attempts), i => i.Attempts, Mutable: true),
            new(nameof(Incident.NextAttemptAt), i => i.NextAttemptAt, Mutable: true),
            new(nameof(Incident.Status), i => i.Status, Mutable: true),
            new(nameof(Incident.CreatedAt), i => i.CreatedAt),
            new(nameof(Incident.ClosedAt), i => i.ClosedAt, Mutable: true),
        ]);
        Definitions = new EngineTable<WorkflowDefinitionVersion>(model, sql,
        [
            new(nameof(WorkflowDefinitionVersion.DefinitionId), d => d.DefinitionId),
            new(nameof(WorkflowDefinitionVersion.Version), d => d.Version),
            new(nameof(WorkflowDefinitionVersion.Status), d => d.Status),
        ]);
        Journal = new EngineTable<JournalEntry>(model, sql,
        [
            new(nameof(JournalEntry.Id), j => j.Id),
            new(nameof(JournalEntry.InstanceId), j => j.InstanceId),
            new(nameof(JournalEntry.Sequence), j => j.Sequence),
            new(nameof(JournalEntry.ActivityId), j => j.ActivityId),
            new(nameof(JournalEntry.ActivityType), j => j.ActivityType),
            new(nameof(JournalEntry.Outcome), j => j.Outcome),
            new(nameof(JournalEntry.Actor), j => j.Actor),
            new(nameof(JournalEntry.DataJson), j => j.DataJson),
            new(nameof(JournalEntry.StartedAt), j => j.StartedAt),
            new(nameof(JournalEntry.FinishedAt), j => j.FinishedAt),
            new(nameof(JournalEntry.Error), j => j.Error),
        ]);
    }

    public ISqlGenerationHelper Sql { get; }
    public EngineTable<WorkflowInstance> Instances { get; }
    public EngineTable<Bookmark> Bookmarks { get; }
    public EngineTable<DurableTimer> Timers { get; }
    public EngineTable<Incident> Incidents { get; }
    public EngineTable<JournalEntry> Journal { get; }
    public EngineTable<WorkflowDefinitionVersion> Definitions { get; }

    /// <summary>
    /// The instance and its open bookmarks in one statement (one row per open bookmark, or one row with none):
    /// the instance's columns in <see cref="EngineTable{T}"/> order, then the bookmark's.
    /// </summary>
    public string InstanceWithOpenBookmarksSql => _instanceWithOpenBookmarks ??=
        $"SELECT {Instances.SelectList("i")}, {Bookmarks.SelectList("b")} FROM {Instances.Name} i " +
        $"LEFT JOIN {Bookmarks.Name} b ON b.{Bookmarks.Column(nameof(Bookmark.InstanceId))} = i.{Instances.Key} " +
        $"AND b.{Bookmarks.Column(nameof(Bookmark.ConsumedAt))} IS NULL WHERE i.{Instances.Key} = ";

    private string? _instanceWithOpenBookmarks;

    public static EngineTables For(DbContext context) =>
        ByModel.GetValue(context.Model, model => new EngineTables(model, context.GetService<ISqlGenerationHelper>()));
}

/// <summary>A column the engine writes: the entity property it maps and whether the engine updates it after the insert.</summary>
internal sealed record EngineColumn<T>(string Property, Func<T, object?> Value, bool Mutable = false);

/// <summary>One engine table: its delimited name and columns with their EF type mappings.</summary>
internal sealed class EngineTable<T> where T : class
{
    private readonly (string Column, RelationalTypeMapping Mapping, Func<T, object?> Value, bool Mutable)[] _columns;
    private readonly Dictionary<string, (string Column, RelationalTypeMapping Mapping)> _byProperty;

    public EngineTable(IModel model, ISqlGenerationHelper sql, IReadOnlyList<EngineColumn<T>> columns)
    {
        var entity = model.FindEntityType(typeof(T))
                     ?? throw new InvalidOperationException($"The model has no {typeof(T).Name}: call ApplyWorkflowModel in OnModelCreating.");
        Name = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        _byProperty = entity.GetProperties().ToDictionary(p => p.Name, p => (sql.DelimitIdentifier(p.GetColumnName()), p.GetRelationalTypeMapping()));
        _columns = columns.Select(c =>
        {
            var (column, mapping) = _byProperty[c.Property];
            return (column, mapping, c.Value, c.Mutable);
        }).ToArray();
        _key = _byProperty.TryGetValue("Id", out var key) ? key.Column : null;
        _mutableCount = _columns.Count(c => c.Mutable);
        InsertPrefix = $"INSERT INTO {Name} ({string.Join(", ", _columns.Select(c => c.Column))}) VALUES (";
    }

    private readonly string? _key;
    private readonly int _mutableCount;

    public string Name { get; }

    /// <summary>The delimited <c>Id</c> column (the tables updated by key have one).</summary>
    public string Key => _key ?? throw new InvalidOperationException($"{typeof(T).Name} has no Id column.");
    private string InsertPrefix { get; }

    /// <summary>Every column written, in order, qualified by <paramref name="alias"/>.</summary>
    public string SelectList(string alias) => string.Join(", ", _columns.Select(c => alias + "." + c.Column));

    /// <summary>The number of columns in <see cref="SelectList"/>.</summary>
    public int Width => _columns.Length;

    /// <summary>The delimited column of a property.</summary>
    public string Column(string property) => _byProperty[property].Column;

    /// <summary>Appends an INSERT of every column of <paramref name="row"/>.</summary>
    public void AppendInsert(EngineCommand command, T row)
    {
        var sql = command.Text.Append(InsertPrefix);
        for (var i = 0; i < _columns.Length; i++)
        {
            if (i > 0) sql.Append(", ");
            sql.Append(command.Parameter(_columns[i].Mapping, _columns[i].Value(row)));
        }
        sql.Append(");\n");
    }

    /// <summary>The values of the engine-owned (mutable) columns of <paramref name="row"/>, for <see cref="AppendUpdate"/>.</summary>
    public object?[] MutableValues(T row)
    {
        var values = new object?[_mutableCount];
        var next = 0;
        foreach (var column in _columns)
        {
            if (column.Mutable) values[next++] = column.Value(row);
        }
        return values;
    }

    /// <summary>
    /// Appends an UPDATE of the engine-owned (mutable) columns of <paramref name="row"/>, by key. Given the values as
    /// loaded (<see cref="MutableValues"/>), only the columns that changed are set: SQLite rewrites an index entry
    /// whenever one of its columns is in the SET list, so an unchanged status costs an index page per commit.
    /// </summary>
    public void AppendUpdate(EngineCommand command, T row, object key, string? andWhere = null, object?[]? loaded = null)
    {
        var sql = command.Text.Append("UPDATE ").Append(Name).Append(" SET ");
        var first = true;
        var mutable = 0;
        foreach (var column in _columns)
        {
            if (!column.Mutable) continue;
            var value = column.Value(row);
            if (loaded is not null && Equals(loaded[mutable++], value)) continue;
            if (!first) sql.Append(", ");
            first = false;
            sql.Append(column.Column).Append(" = ").Append(command.Parameter(column.Mapping, value));
        }
        // Nothing changed: still a statement, so a guarded update keeps its meaning (it matches the row or not).
        if (first) sql.Append(Key).Append(" = ").Append(Key);
        sql.Append(" WHERE ").Append(Key).Append(" = ").Append(command.Parameter(_byProperty["Id"].Mapping, key));
        if (andWhere is not null) sql.Append(" AND ").Append(andWhere);
        sql.Append(";\n");
    }

    /// <summary>A parameter typed like <paramref name="property"/>'s column (for hand-written conditions).</summary>
    public string Parameter(EngineCommand command, string property, object? value) => command.Parameter(_byProperty[property].Mapping, value);
}

/// <summary>
/// A command text being built with numbered parameters created through EF's type mappings; it keeps the context's
/// command timeout when one is configured.
/// </summary>
internal sealed class EngineCommand : IAsyncDisposable
{
    // The SQLite type each mapping's parameters get (EF configures it per mapping, or Microsoft.Data.Sqlite infers it from
    // the provider value's type, which is the same for every value of a mapping).
    private static readonly ConditionalWeakTable<RelationalTypeMapping, StrongBox<SqliteType>> SqliteTypes = new();

    private readonly ISqlGenerationHelper _sql;
    private readonly List<(string Name, RelationalTypeMapping Mapping, object? Value)> _values = new(32);

    public EngineCommand(DbCommand command, ISqlGenerationHelper sql, int? timeoutSeconds)
    {
        Command = command;
        _sql = sql;
        if (timeoutSeconds is { } seconds) command.CommandTimeout = seconds;
    }

    public DbCommand Command { get; }
    public StringBuilder Text { get; } = new(512);

    /// <summary>A command on the context's connection, in its current transaction if it has one.</summary>
    public static EngineCommand For(DbContext context, EngineTables tables)
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        return new EngineCommand(command, tables.Sql, context.Database.GetCommandTimeout());
    }

    public ValueTask DisposeAsync() => Command.DisposeAsync();

    /// <summary>A new parameter holding <paramref name="value"/>, typed by <paramref name="mapping"/>; returns its placeholder.</summary>
    public string Parameter(RelationalTypeMapping mapping, object? value)
    {
        var name = "p" + _values.Count;
        _values.Add((_sql.GenerateParameterName(name), mapping, value));
        return _sql.GenerateParameterNamePlaceholder(name);
    }

    /// <summary>
    /// Runs the statements built so far and starts afresh; returns the rows affected. On SQLite the statements are
    /// prepared once per connection and the values bound directly (<see cref="SqliteStatementCache"/>); elsewhere they
    /// go as one command with EF-made parameters.
    /// </summary>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        if (Text.Length == 0) return 0;
        var sql = Text.ToString();
        var rows = SqliteArguments() is { } arguments
            ? SqliteStatementCache.Execute(Command.Connection!, Command.CommandTimeout, sql, arguments)
            : await ProviderCommand(sql).ExecuteNonQueryAsync(cancellationToken);
        Text.Clear();
        _values.Clear();
        return rows;
    }

    /// <summary>Runs the one query built and hands each row to <paramref name="read"/>.</summary>
    public async Task QueryAsync(Action<IEngineRow> read, CancellationToken cancellationToken)
    {
        var sql = Text.ToString();
        if (SqliteArguments() is { } arguments)
        {
            SqliteStatementCache.Query(Command.Connection!, Command.CommandTimeout, sql, arguments, read);
            return;
        }

        await using var reader = await ProviderCommand(sql).ExecuteReaderAsync(cancellationToken);
        var row = new DataReaderRow(reader);
        while (await reader.ReadAsync(cancellationToken)) read(row);
    }

    /// <summary>The values as provider values with their SQLite types, or null when this is not SQLite or one cannot be bound directly.</summary>
    private SqliteArgument[]? SqliteArguments()
    {
        if (Command.Connection is not SqliteConnection) return null;
        var arguments = new SqliteArgument[_values.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            var (name, mapping, value) = _values[i];
            var stored = value is null ? null : mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
            arguments[i] = new SqliteArgument(name, stored, stored is null ? SqliteType.Text : SqliteTypeOf(mapping, value!));
        }
        return SqliteStatementCache.CanRun(Command.Connection, arguments) ? arguments : null;
    }

    private SqliteType SqliteTypeOf(RelationalTypeMapping mapping, object value) =>
        SqliteTypes.GetValue(mapping, m => new StrongBox<SqliteType>(((SqliteParameter)m.CreateParameter(Command, "type", value)).SqliteType)).Value!;

    private DbCommand ProviderCommand(string sql)
    {
        Command.CommandText = sql;
        Command.Parameters.Clear();
        foreach (var (name, mapping, value) in _values) Command.Parameters.Add(mapping.CreateParameter(Command, name, value));
        return Command;
    }
}
