namespace DomatAljandal.Workflows.Definitions;

/// <summary>The engine's default catalog: no lists, so any value is accepted.</summary>
internal sealed class UncheckedWorkflowCatalog : IWorkflowCatalog
{
    public IReadOnlyList<CatalogEntry>? Entries(CatalogKind kind) => null;
}
