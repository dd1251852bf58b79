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
    /// <summary>Raw committed single-row SQLite writes per second, the baseline for ratios.</summary>
    public double RawWritesPerSecond { get; set; }

    public string Ratio(double perSecond) =>
        RawWritesPerSecond > 0 ? $"{perSecond / RawWritesPerSecond:P1} of raw writes" : "n/a";
}
