namespace DomatAljandal.Benchmarks;

/// <summary>One part of the benchmark run; sections may read earlier results (e.g. the raw write rate).</summary>
public interface IBenchmarkSection
{
    string Name { get; }
    Task RunAsync(bool quick, BenchmarkResults results);
}

/// <summary>Figures shared between sections.</summary>
public sealed class BenchmarkResults
{
    /// <summary>Raw committed single-row SQLite writes per second, the baseline for ratios (first measurement).</summary>
    public double RawWritesPerSecond { get; set; }

    /// <summary>One line per compared figure, printed at the end.</summary>
    public List<string> Summary { get; } = [];

    /// <summary>Inserts per raw measurement.</summary>
    public int RawWriteCount { get; set; }

    /// <summary>
    /// Measures <paramref name="perSecond"/> between two fresh raw measurements and prints the engine's rate as a
    /// ratio to their mean: a shared machine drifts, so the baseline is taken right next to what it is compared with.
    /// With several <paramref name="rounds"/> (each a raw–engine–raw sandwich) the median round is reported, so one
    /// noisy round on a shared machine neither makes nor breaks the figure; every round is printed.
    /// </summary>
    public async Task<double> CompareWithRawAsync(string unit, Func<Task<double>> perSecond, int rounds = 1)
    {
        var measured = new List<(double Rate, double Raw)>();
        for (var round = 1; round <= rounds; round++)
        {
            var before = await RawSqliteWritesSection.MeasureAsync(RawWriteCount);
            var rate = await perSecond();
            var after = await RawSqliteWritesSection.MeasureAsync(RawWriteCount);
            var raw = (before + after) / 2;
            measured.Add((rate, raw));
            Console.WriteLine($"{(rounds > 1 ? $"round {round}: " : "")}raw commits/s = {raw:N0} (measured just before: {before:N0}, " +
                              $"just after: {after:N0}); {unit}/s = {rate:N0} = {rate / raw:P1}");
        }

        var median = measured.OrderBy(m => m.Rate / m.Raw).ElementAt(measured.Count / 2);
        var line = $"{unit}/s = {median.Rate:N0} ({median.Rate / median.Raw:P1} of raw commits/s = {median.Raw:N0})" +
                   (rounds > 1 ? $", median of {rounds} rounds ({string.Join(", ", measured.Select(m => (m.Rate / m.Raw).ToString("P1")))})" : "");
        Console.WriteLine(line);
        Summary.Add(line);
        return median.Rate / median.Raw;
    }
}
