namespace DomatAljandal.Workflows.Definitions;

/// <summary>One value a definition may name, with what an admin reads in the designer.</summary>
/// <param name="Id">The value as written in the definition, e.g. <c>CommitteeMember</c>.</param>
/// <param name="NameAr">Arabic label.</param>
/// <param name="NameEn">English label.</param>
public sealed record CatalogEntry(string Id, string NameAr, string NameEn);
