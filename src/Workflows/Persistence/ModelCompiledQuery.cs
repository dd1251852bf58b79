using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>
/// An EF compiled query per model: EF refuses to run a compiled query on another model than the first one it met,
/// and one process may hold several (the host's SQLite and PostgreSQL contexts, test hosts).
/// </summary>
internal sealed class ModelCompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext context) => _byModel.GetValue(context.Model, _ => compile());
}
