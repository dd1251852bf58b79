using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Workflows.Scheduling;

/// <summary>
/// The hosted scheduler: every poll interval (by the injected <see cref="TimeProvider"/>) it fires the due
/// durable timers through <see cref="ITimerDispatcher"/>. Safe to run on several nodes at once.
/// </summary>
public sealed class WorkflowScheduler(
    ITimerDispatcher dispatcher,
    TimeProvider time,
    IOptions<WorkflowEngineOptions> options,
    ILogger<WorkflowScheduler> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.EnableScheduler) return;
        var interval = options.Value.SchedulerPollInterval;
        logger.LogInformation("Workflow scheduler started on node {NodeId}, polling every {PollInterval}", options.Value.NodeId, interval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var fired = await dispatcher.RunDueTimersOnceAsync(stoppingToken);
                if (fired > 0) logger.LogDebug("Fired {TimerCount} durable timers", fired);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The database may be briefly unavailable; the next poll tries again.
                logger.LogError(ex, "Polling for due timers failed");
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
