using DomatAljandal.Host.Localization;
using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Host.Features.Designer;

/// <summary>
/// The service's catalogs (roles, domain actions, templates …) read once for a designer page, so the property panel
/// offers them as choices and the page warns about an unknown value before the store refuses it at publish.
/// </summary>
public sealed class DesignerCatalog(IReadOnlyDictionary<CatalogKind, IReadOnlyList<CatalogEntry>> entries) : IWorkflowCatalog
{
    public static DesignerCatalog Empty { get; } = new(new Dictionary<CatalogKind, IReadOnlyList<CatalogEntry>>());

    public static DesignerCatalog From(IWorkflowCatalog catalog) => new(Enum.GetValues<CatalogKind>()
        .Select(kind => (kind, entries: catalog.Entries(kind)))
        .Where(k => k.entries is not null)
        .ToDictionary(k => k.kind, k => k.entries!));

    public IReadOnlyList<CatalogEntry>? Entries(CatalogKind kind) => entries.GetValueOrDefault(kind);

    /// <summary>How a value reads in a choice: its label in the admin's language with the id beside it.</summary>
    public static string Label(CatalogEntry entry) => $"{Loc.T(entry.NameAr, entry.NameEn)} ({entry.Id})";
}
