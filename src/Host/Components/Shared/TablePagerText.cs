using DomatAljandal.Host.Localization;
using MudBlazor;

namespace DomatAljandal.Host.Components.Shared;

/// <summary>
/// The text of a <see cref="MudTablePager"/> in the page's digits. MudBlazor fills its <c>InfoFormat</c> placeholders
/// with ASCII digits, so the page gives it the finished text instead (no placeholders): «١–٢٥ من ٣٠٠» / "1–25 of 300".
/// </summary>
public static class TablePagerText
{
    /// <summary>Which rows are shown of how many; empty until the table has rendered.</summary>
    public static string Info(MudTableBase? table)
    {
        if (table is null)
        {
            return string.Empty;
        }

        var total = table.GetFilteredItemsCount();
        var first = total == 0 ? 0 : (table.CurrentPage * table.RowsPerPage) + 1;
        var last = Math.Min((table.CurrentPage + 1) * table.RowsPerPage, total);
        return Loc.T($"{Loc.Number(first)}–{Loc.Number(last)} من {Loc.Number(total)}", $"{first}–{last} of {total}");
    }
}
