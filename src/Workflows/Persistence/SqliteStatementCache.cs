using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>
/// Runs the engine's SQL on SQLite through statements prepared once per native connection and then reused.
/// Microsoft.Data.Sqlite finalizes a command's statements with the command, so every unit of work parsed and planned
/// the same statements again (about 40 % of a transition's time). Statements prepared on the native handle are kept
/// here per handle, keyed by their SQL text, which the engine builds the same way every time; they stay prepared
/// because <see cref="SqliteOpenConnections"/> keeps the connection open (reopening it would re-register EF's functions,
/// which expires them; SQLite then prepares them again by itself). Values are bound the way Microsoft.Data.Sqlite binds them for the types EF's mappings give the engine's
/// columns (text, integers, reals, GUIDs as text or blob, times as text); a command with any other value is left to
/// the provider (<see cref="CanRun"/> is false).
/// </summary>
internal static class SqliteStatementCache
{
    /// <summary>Distinct SQL texts kept per connection; past this the connection's statements are finalized and the cache restarts.</summary>
    public const int MaxTextsPerConnection = 128;

    private const int BusySnapshot = raw.SQLITE_BUSY | (2 << 8);
    private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";
    private static readonly ConditionalWeakTable<sqlite3, Dictionary<string, Prepared[]>> Caches = new();

    /// <summary>One statement of a text, with the argument each of its SQL parameters takes (by position).</summary>
    private sealed record Prepared(sqlite3_stmt Statement, int[] Parameters, bool ReadOnly);

    /// <summary>Whether <paramref name="connection"/> is an open SQLite connection and every argument can be bound here.</summary>
    public static bool CanRun(DbConnection? connection, IReadOnlyList<SqliteArgument> arguments)
    {
        if (connection is not SqliteConnection { State: System.Data.ConnectionState.Open, Handle: not null }) return false;
        foreach (var argument in arguments)
        {
            if (!CanBind(argument)) return false;
        }
        return true;
    }

    /// <summary>Runs every statement of <paramref name="sql"/> in order; returns the rows changed by its writes.</summary>
    public static int Execute(DbConnection connection, int timeoutSeconds, string sql, IReadOnlyList<SqliteArgument> arguments)
    {
        var db = Handle(connection);
        var rows = 0;
        foreach (var prepared in Statements(db, sql, arguments))
        {
            try
            {
                Bind(prepared, arguments);
                while (Step(db, prepared.Statement, timeoutSeconds) == raw.SQLITE_ROW)
                {
                    // A write with RETURNING yields rows; they are not read here.
                }
                if (!prepared.ReadOnly) rows += raw.sqlite3_changes(db);
            }
            finally
            {
                Reset(prepared.Statement);
            }
        }
        return rows;
    }

    /// <summary>Runs the single statement <paramref name="sql"/> and hands each row to <paramref name="read"/>.</summary>
    public static void Query(DbConnection connection, int timeoutSeconds, string sql, IReadOnlyList<SqliteArgument> arguments,
        Action<IEngineRow> read)
    {
        var db = Handle(connection);
        var statements = Statements(db, sql, arguments);
        if (statements.Length != 1) throw new ArgumentException("A query is one statement.", nameof(sql));
        var prepared = statements[0];
        try
        {
            Bind(prepared, arguments);
            var row = new StatementRow(prepared.Statement);
            while (Step(db, prepared.Statement, timeoutSeconds) == raw.SQLITE_ROW) read(row);
        }
        finally
        {
            Reset(prepared.Statement);
        }
    }

    /// <summary>A statement without parameters (BEGIN, COMMIT) on the command's connection.</summary>
    public static void Execute(DbCommand command, string sql) => Execute(command.Connection!, command.CommandTimeout, sql, []);

    /// <summary>Rolls back the transaction open on the command's connection, if SQLite has not already ended it.</summary>
    public static void RollbackIfOpen(DbCommand command)
    {
        if (raw.sqlite3_get_autocommit(Handle(command.Connection!)) == 0) Execute(command, "ROLLBACK");
    }

    /// <summary>The values of a command's parameters, as arguments (names as given, types as Microsoft.Data.Sqlite infers them).</summary>
    public static SqliteArgument[] Arguments(DbCommand command) =>
        command.Parameters.Cast<SqliteParameter>().Select(p => new SqliteArgument(p.ParameterName, p.Value, p.SqliteType)).ToArray();

    private static sqlite3 Handle(DbConnection connection) =>
        ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");

    private static Prepared[] Statements(sqlite3 db, string sql, IReadOnlyList<SqliteArgument> arguments)
    {
        var cache = Caches.GetOrCreateValue(db);
        if (cache.TryGetValue(sql, out var statements)) return statements;
        if (cache.Count >= MaxTextsPerConnection) Clear(cache);

        var prepared = new List<Prepared>();
        try
        {
            var rest = sql;
            while (!string.IsNullOrWhiteSpace(rest))
            {
                var rc = raw.sqlite3_prepare_v2(db, rest, out var statement, out var tail);
                if (rc != raw.SQLITE_OK) throw Error(db, rc);
                rest = tail;
                if (statement.IsInvalid) continue; // only whitespace or a comment was left
                var names = new int[raw.sqlite3_bind_parameter_count(statement)];
                for (var i = 0; i < names.Length; i++)
                {
                    var name = raw.sqlite3_bind_parameter_name(statement, i + 1).utf8_to_string();
                    names[i] = IndexOf(arguments, name);
                }
                prepared.Add(new Prepared(statement, names, raw.sqlite3_stmt_readonly(statement) != 0));
            }
        }
        catch
        {
            foreach (var p in prepared) p.Statement.Dispose();
            throw;
        }

        statements = [.. prepared];
        cache[sql] = statements;
        return statements;
    }

    private static int IndexOf(IReadOnlyList<SqliteArgument> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var candidate = arguments[i].Name;
            // SQLite reports the prefix (@, $ or :); a parameter may be named with or without it.
            if (candidate == name || (name.Length == candidate.Length + 1 && name.AsSpan(1).SequenceEqual(candidate))) return i;
        }
        throw new InvalidOperationException($"The SQL uses {name}, which the command has no parameter for.");
    }

    private static void Clear(Dictionary<string, Prepared[]> cache)
    {
        foreach (var statements in cache.Values)
            foreach (var p in statements) p.Statement.Dispose();
        cache.Clear();
    }

    private static bool CanBind(SqliteArgument a) => a.Value switch
    {
        null or DBNull => true,
        string => a.Type == SqliteType.Text,
        bool or int or long => a.Type == SqliteType.Integer,
        double => a.Type == SqliteType.Real,
        Guid => a.Type is SqliteType.Text or SqliteType.Blob,
        DateTime => a.Type == SqliteType.Text,
        _ => false,
    };

    private static void Bind(Prepared prepared, IReadOnlyList<SqliteArgument> arguments)
    {
        var statement = prepared.Statement;
        for (var i = 0; i < prepared.Parameters.Length; i++)
        {
            var a = arguments[prepared.Parameters[i]];
            var index = i + 1;
            var rc = a.Value switch
            {
                null or DBNull => raw.sqlite3_bind_null(statement, index),
                string s => BindText(statement, index, s),
                bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
                int n => raw.sqlite3_bind_int64(statement, index, n),
                long n => raw.sqlite3_bind_int64(statement, index, n),
                double d => raw.sqlite3_bind_double(statement, index, d),
                Guid g when a.Type == SqliteType.Text => BindText(statement, index, g.ToString().ToUpperInvariant()),
                Guid g => raw.sqlite3_bind_blob(statement, index, g.ToByteArray()),
                DateTime t => BindText(statement, index, t.ToString(DateTimeFormat, CultureInfo.InvariantCulture)),
                var other => throw new NotSupportedException($"Cannot bind {other.GetType().Name} to {a.Name}."),
            };
            if (rc != raw.SQLITE_OK) throw Error(raw.sqlite3_db_handle(statement), rc);
        }
    }

    /// <summary>Binds text as UTF-8 encoded on the stack when it is short (SQLite copies it), not in a new array per value.</summary>
    private static int BindText(sqlite3_stmt statement, int index, string value)
    {
        const int stackLimit = 1024;
        // An empty span would bind a null pointer, which SQLite takes for NULL rather than ''.
        if (value.Length == 0 || value.Length > stackLimit / 3) return raw.sqlite3_bind_text(statement, index, value);
        Span<byte> utf8 = stackalloc byte[stackLimit];
        var length = Encoding.UTF8.GetBytes(value, utf8);
        return raw.sqlite3_bind_text(statement, index, utf8[..length]);
    }

    /// <summary>One step; SQLITE_BUSY/LOCKED are retried until the command timeout, as Microsoft.Data.Sqlite does.</summary>
    private static int Step(sqlite3 db, sqlite3_stmt statement, int timeoutSeconds)
    {
        Stopwatch? waited = null;
        while (true)
        {
            var rc = raw.sqlite3_step(statement);
            if (rc is raw.SQLITE_ROW or raw.SQLITE_DONE) return rc;
            // A stale WAL snapshot (SQLITE_BUSY_SNAPSHOT) does not clear by waiting.
            if (rc is not (raw.SQLITE_BUSY or raw.SQLITE_LOCKED) || raw.sqlite3_extended_errcode(db) == BusySnapshot) throw Error(db, rc);
            waited ??= Stopwatch.StartNew();
            if (timeoutSeconds > 0 && waited.Elapsed.TotalSeconds >= timeoutSeconds) throw Error(db, rc);
            raw.sqlite3_reset(statement);
            Thread.Sleep(50);
        }
    }

    private static void Reset(sqlite3_stmt statement)
    {
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
    }

    private static SqliteException Error(sqlite3 db, int rc) =>
        new(raw.sqlite3_errmsg(db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(db));

    /// <summary>The current row of a statement, read the way Microsoft.Data.Sqlite's reader reads it.</summary>
    private sealed class StatementRow(sqlite3_stmt statement) : IEngineRow
    {
        public bool IsNull(int i) => raw.sqlite3_column_type(statement, i) == raw.SQLITE_NULL;
        public string GetString(int i) => raw.sqlite3_column_text(statement, i).utf8_to_string();
        public int GetInt32(int i) => checked((int)raw.sqlite3_column_int64(statement, i));
        public bool GetBoolean(int i) => raw.sqlite3_column_int64(statement, i) != 0;

        public Guid GetGuid(int i) => raw.sqlite3_column_type(statement, i) == raw.SQLITE_BLOB
            ? new Guid(raw.sqlite3_column_blob(statement, i))
            : new Guid(GetString(i));

        public DateTime GetDateTime(int i) => raw.sqlite3_column_type(statement, i) == raw.SQLITE_TEXT
            ? DateTime.Parse(GetString(i), CultureInfo.InvariantCulture)
            : throw new InvalidCastException($"Column {i} is not a time written as text.");
    }
}

/// <summary>A value to bind to the SQL parameter <see cref="Name"/>, with the SQLite type it is stored as.</summary>
internal readonly record struct SqliteArgument(string Name, object? Value, SqliteType Type);
