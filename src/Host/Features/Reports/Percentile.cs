namespace DomatAljandal.Host.Features.Reports;

/// <summary>Percentiles by linear interpolation between the closest ranks (PostgreSQL's <c>percentile_cont</c>).</summary>
public static class Percentile
{
    /// <param name="sorted">The values in ascending order.</param>
    /// <param name="fraction">0 to 1: 0.5 the median, 0.9 the 90th percentile.</param>
    /// <returns>0 for no values.</returns>
    public static double Of(IReadOnlyList<double> sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = fraction * (sorted.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (rank - lower));
    }
}
