using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Outreach;

/// <summary>Runs <see cref="OutreachDueWork"/> every <see cref="OutreachOptions.SweepInterval"/>; a failed run is logged and tried again next time.</summary>
public sealed class OutreachSweep(IServiceScopeFactory scopes, IOptions<OutreachOptions> options, TimeProvider clock, ILogger<OutreachSweep> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.EnableSweep)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutreachDueWork>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Announcements and reminders could not be sent this round; trying again in {Interval}", options.Value.SweepInterval);
            }

            try
            {
                await Task.Delay(options.Value.SweepInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
