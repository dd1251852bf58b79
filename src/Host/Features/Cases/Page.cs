namespace DomatAljandal.Host.Features.Cases;

/// <summary>One page of a list and the total across pages.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);
