using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Infrastructure;

/// <summary>
/// Which page of a list to read: <c>page</c> from 1, <c>pageSize</c> from 1 to <see cref="MaxPageSize"/>. Made only
/// through <see cref="Of"/>, which answers 400 naming the field for anything else, so no list reads an unbounded page.
/// </summary>
public readonly record struct PageRequest
{
    /// <summary>The most rows one page may hold, for every list.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Rows per page when the caller does not say.</summary>
    public const int DefaultPageSize = 50;

    private PageRequest(int page, int pageSize) => (Page, PageSize) = (page, pageSize);

    public int Page { get; }

    public int PageSize { get; }

    /// <summary>Rows before this page.</summary>
    public int Skip => (Page - 1) * PageSize;

    /// <summary>The page asked for (null: the first, of <paramref name="defaultPageSize"/> rows).</summary>
    /// <exception cref="ProblemException">400 naming <c>page</c> or <c>pageSize</c>.</exception>
    public static PageRequest Of(int? page, int? pageSize, int defaultPageSize = DefaultPageSize)
    {
        if (page is < 1)
        {
            throw ProblemException.Validation("page",
                Localization.Loc.T("رقم الصفحة يبدأ من 1.", "page starts at 1."));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw ProblemException.Validation("pageSize",
                Localization.Loc.T($"حجم الصفحة من 1 إلى {MaxPageSize}.", $"pageSize is between 1 and {MaxPageSize}."));
        }

        return new PageRequest(page ?? 1, pageSize ?? defaultPageSize);
    }

    /// <summary>This page of an ordered query and the count of all its rows, both in the database.</summary>
    public async Task<Paged<T>> ReadAsync<T>(IQueryable<T> ordered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var items = await ordered.Skip(Skip).Take(PageSize).ToListAsync(cancellationToken);
        return new Paged<T>(items, Page, PageSize, await TotalAsync(ordered, items.Count, cancellationToken));
    }

    /// <summary>
    /// The count of all rows, given this page held <paramref name="rowsOnPage"/>: a short page that is not past the end
    /// tells the total without counting.
    /// </summary>
    public async Task<int> TotalAsync<T>(IQueryable<T> query, int rowsOnPage, CancellationToken cancellationToken) =>
        rowsOnPage < PageSize && (rowsOnPage > 0 || Page == 1)
            ? Skip + rowsOnPage
            : await query.CountAsync(cancellationToken);

    /// <summary>The result for these rows and total.</summary>
    public Paged<T> ToPaged<T>(IReadOnlyList<T> items, int total) => new(items, Page, PageSize, total);
}
