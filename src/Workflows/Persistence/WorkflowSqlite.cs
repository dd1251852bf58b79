using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>The engine's SQLite settings.</summary>
public static class WorkflowSqlite
{
    /// <summary>Call after <c>UseSqlite</c>: applies <see cref="SqlitePragmaInterceptor"/> to every connection.</summary>
    public static TBuilder UseWorkflowSqlite<TBuilder>(this TBuilder options) where TBuilder : DbContextOptionsBuilder
    {
        options.AddInterceptors(new SqlitePragmaInterceptor());
        return options;
    }
}
