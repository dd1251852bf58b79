using DomatAljandal.Host.Localization;

namespace DomatAljandal.Host.Components.Shared;

/// <summary>
/// The «١–٢٥ من ٣٠٠» / "1–25 of 300" text of every pager, in the page's digits. MudBlazor's pagers fill their
/// <c>InfoFormat</c> placeholders (<c>{first_item}</c>, <c>{last_item}</c>, <c>{all_items}</c>) with ASCII digits
/// and its page buttons are numbered in ASCII too, so the pagers are given an empty <c>InfoFormat</c> and no page
/// buttons, and <see cref="PagerInfo"/> writes this text beside them.
/// </summary>
public static class TablePagerText
{
    /// <summary>Which rows are shown of how many, for the page (counted from 0) of a list with that many rows per page.</summary>
    public static string Info(int page, int rowsPerPage, int total)
    {
        var first = total == 0 ? 0 : (page * rowsPerPage) + 1;
        var last = Math.Min((page + 1) * rowsPerPage, total);
        return Loc.T($"{Loc.Number(first)}–{Loc.Number(last)} من {Loc.Number(total)}", $"{first}–{last} of {total}");
    }
}
