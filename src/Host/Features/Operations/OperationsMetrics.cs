using System.Diagnostics.Metrics;

namespace DomatAljandal.Host.Features.Operations;

/// <summary>The backlog as observable gauges (meter <see cref="MeterName"/>), read from the cached <see cref="BacklogSnapshots"/>.</summary>
public sealed class OperationsMetrics : IDisposable
{
    public const string MeterName = "DomatAljandal.Operations";

    private readonly Meter _meter;

    public OperationsMetrics(IMeterFactory meters, BacklogSnapshots backlog)
    {
        _meter = meters.Create(MeterName);
        _meter.CreateObservableGauge("domat.timers.overdue.age", () => backlog.Current().OldestDueTimerSeconds, "s",
            "How long the oldest due, unfired timer has waited");
        _meter.CreateObservableGauge("domat.outbox.oldest.age", () => backlog.Current().OldestDueOutboxSeconds, "s",
            "How long the oldest due, unsent email or SMS has waited");
        _meter.CreateObservableGauge("domat.outbox.retrying", () => backlog.Current().OutboxRetrying, "{message}",
            "Messages that failed at least once and will be tried again");
        _meter.CreateObservableGauge("domat.outbox.dead", () => backlog.Current().OutboxDead, "{message}",
            "Messages the sender gave up on");
        _meter.CreateObservableGauge("domat.incidents.open", () => backlog.Current().OpenIncidents, "{incident}", "Open workflow incidents");
        _meter.CreateObservableGauge("domat.tasks.open", () => backlog.Current().OpenTasks, "{task}", "Open human tasks");
        _meter.CreateObservableGauge("domat.tasks.breached", () => backlog.Current().BreachedTasks, "{task}", "Open tasks past their deadline");
    }

    public void Dispose() => _meter.Dispose();
}
