using System.Diagnostics.Metrics;

namespace DomatAljandal.Workflows.Scheduling;

/// <summary>
/// The engine's instruments (meter <see cref="MeterName"/>), for whatever metrics exporter the host adds:
/// <c>workflow.timer.lag</c> is how late each durable timer fired, from its due time to the commit of its firing.
/// </summary>
public static class WorkflowMetrics
{
    public const string MeterName = "DomatAljandal.Workflows";

    private static readonly Meter Meter = new(MeterName);

    internal static readonly Histogram<double> TimerLag = Meter.CreateHistogram<double>(
        "workflow.timer.lag", unit: "s", description: "From a durable timer's due time to its firing",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600] });

    internal static void TimerFired(string kind, DateTime dueAt, DateTime firedAt) =>
        TimerLag.Record(Math.Max(0, (firedAt - dueAt).TotalSeconds), new KeyValuePair<string, object?>("kind", kind));
}
