namespace DomatAljandal.Workflows.Definitions;

/// <summary>
/// What the host offers a definition: roles, domain actions, notification templates, letter kinds, channels. Saving a
/// draft warns about a value the host does not know; publishing and importing refuse it; the designer offers the
/// entries as choices. The engine's default knows no catalog and checks nothing; a host registers its own (scoped).
/// </summary>
public interface IWorkflowCatalog
{
    /// <summary>The known values of <paramref name="kind"/>, or null when the host does not restrict it.</summary>
    IReadOnlyList<CatalogEntry>? Entries(CatalogKind kind);
}
