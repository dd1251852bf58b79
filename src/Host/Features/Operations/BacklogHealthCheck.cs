using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Operations;

/// <summary>Degraded (still serving, HTTP 200) when timers or the outbox fall behind their thresholds.</summary>
public sealed class BacklogHealthCheck(BacklogSnapshots backlog, IOptionsMonitor<OperationsOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = await backlog.GetAsync(cancellationToken);
        var limits = options.CurrentValue;
        var behind = new List<string>();
        if (snapshot.OldestDueTimerSeconds > limits.TimerLagThreshold.TotalSeconds)
        {
            behind.Add(string.Create(CultureInfo.InvariantCulture, $"a due timer has waited {snapshot.OldestDueTimerSeconds:F0} s"));
        }

        if (snapshot.OldestDueOutboxSeconds > limits.OutboxAgeThreshold.TotalSeconds)
        {
            behind.Add(string.Create(CultureInfo.InvariantCulture, $"a due message has waited {snapshot.OldestDueOutboxSeconds:F0} s"));
        }

        var data = new Dictionary<string, object>
        {
            ["oldestDueTimerSeconds"] = snapshot.OldestDueTimerSeconds,
            ["oldestDueOutboxSeconds"] = snapshot.OldestDueOutboxSeconds,
        };
        return behind.Count == 0
            ? HealthCheckResult.Healthy("Timers and the outbox are keeping up", data)
            : HealthCheckResult.Degraded("Falling behind: " + string.Join("; ", behind), data: data);
    }
}
