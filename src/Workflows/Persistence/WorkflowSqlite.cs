using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>
/// The engine's SQLite tuning: its PRAGMAs, its hot tables created <c>WITHOUT ROWID</c>, and connections kept open from
/// one context to the next so that the statements it prepares once per connection stay prepared.
/// </summary>
public static class WorkflowSqlite
{
    /// <summary>
    /// The entity annotation that makes <see cref="WorkflowSqliteMigrationsSqlGenerator"/> create a table
    /// <c>WITHOUT ROWID</c>; other providers ignore it.
    /// </summary>
    public const string WithoutRowIdAnnotation = "DomatAljandal:SqliteWithoutRowId";

    /// <summary>
    /// Call after <c>UseSqlite</c>: applies <see cref="SqlitePragmaInterceptor"/> to every connection, lets migrations
    /// and <c>EnsureCreated</c> create the tables annotated with <see cref="WithoutRowIdAnnotation"/> <c>WITHOUT ROWID</c>,
    /// and keeps connections open between contexts (a context's close leaves its connection open; disposing hands it
    /// to the next context). Do not <c>EnsureDeleted</c> a database that contexts configured this way still use.
    /// </summary>
    public static TBuilder UseWorkflowSqlite<TBuilder>(this TBuilder options) where TBuilder : DbContextOptionsBuilder
    {
        options.AddInterceptors(new SqlitePragmaInterceptor());
        options.ReplaceService<IMigrationsSqlGenerator, SqliteMigrationsSqlGenerator, WorkflowSqliteMigrationsSqlGenerator>();
#pragma warning disable EF1001 // see KeptOpenSqliteRelationalConnection
        options.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteRelationalConnection>();
#pragma warning restore EF1001
        return options;
    }
}

/// <summary>
/// SQLite's migrations SQL, plus <c>WITHOUT ROWID</c> on the tables whose entity carries
/// <see cref="WorkflowSqlite.WithoutRowIdAnnotation"/>. Such a table is one B-tree ordered by its primary key; a rowid
/// table with a text key is two (the rows, and the key's index), so each insert writes one page fewer and a lookup by
/// key reads one B-tree instead of two. EF's table rebuilds (<c>ef_temp_</c> tables) keep the option.
/// </summary>
public sealed class WorkflowSqliteMigrationsSqlGenerator(MigrationsSqlGeneratorDependencies dependencies,
    IRelationalAnnotationProvider migrationsAnnotations) : SqliteMigrationsSqlGenerator(dependencies, migrationsAnnotations)
{
    private const string RebuildPrefix = "ef_temp_";

    /// <inheritdoc />
    protected override void Generate(CreateTableOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        if (!WithoutRowId(operation, model))
        {
            base.Generate(operation, model, builder, terminate);
            return;
        }

        base.Generate(operation, model, builder, terminate: false);
        builder.Append(" WITHOUT ROWID");
        if (!terminate) return;
        builder.AppendLine(Dependencies.SqlGenerationHelper.StatementTerminator);
        EndStatement(builder);
    }

    private static bool WithoutRowId(CreateTableOperation operation, IModel? model)
    {
        if (model is null || operation.PrimaryKey is null) return false;
        var name = operation.Name.StartsWith(RebuildPrefix, StringComparison.Ordinal) ? operation.Name[RebuildPrefix.Length..] : operation.Name;
        return model.GetEntityTypes().Any(e => e.GetTableName() == name && e.GetSchema() == operation.Schema
                                               && e.FindAnnotation(WorkflowSqlite.WithoutRowIdAnnotation)?.Value is true);
    }
}
