namespace DomatAljandal.Host.Infrastructure;

/// <summary>One page of a list and the total across pages: the one shape every list of the service answers with.</summary>
/// <param name="Items">The rows of this page, in the list's order.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Rows per page asked for.</param>
/// <param name="Total">Rows across all pages.</param>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    /// <summary>The same page with its rows turned into another shape.</summary>
    public Paged<TOut> Select<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Page, PageSize, Total);
}
