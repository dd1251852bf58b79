namespace DomatAljandal.Host.Infrastructure.Spreadsheets;

/// <summary>
/// One sheet of an export: its name in both languages, its columns and its rows (one value per column, in order; null
/// leaves the cell empty). Rows are read as they are written, so a sheet of a query streams from the database.
/// </summary>
public sealed record Sheet(string NameAr, string NameEn, IReadOnlyList<SheetColumn> Columns, IAsyncEnumerable<IReadOnlyList<object?>> Rows)
{
    /// <summary>A sheet of rows already in memory (a report's few lines).</summary>
    public static Sheet Of(string nameAr, string nameEn, IReadOnlyList<SheetColumn> columns, IEnumerable<IReadOnlyList<object?>> rows) =>
        new(nameAr, nameEn, columns, rows.ToAsyncEnumerable());
}
