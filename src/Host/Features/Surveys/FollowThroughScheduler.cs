using DomatAljandal.Host.Features.Feedback;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// Every <see cref="SurveyOptions.SweepInterval"/>: surveys' invitations and reminders (<see cref="SurveySweep"/>) and
/// overdue complaints' escalations (<see cref="FeedbackEscalation"/>) and the managers' weekly summary (<see cref="Reports.WeeklySummary"/>). Everything it does is recorded on the rows, so a
/// restart or a second node picks up where it stopped. Tests switch it off and run the sweeps themselves on a fake clock.
/// </summary>
public sealed class FollowThroughScheduler(IServiceScopeFactory scopes, IOptions<SurveyOptions> options, TimeProvider clock, ILogger<FollowThroughScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SweepEnabled)
        {
            return;
        }

        try
        {
            using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
            do
            {
                await SweepOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the next run continues from the rows.
        }
    }

    private async Task SweepOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var surveys = await scope.ServiceProvider.GetRequiredService<SurveySweep>().RunAsync(cancellationToken);
            var escalated = await scope.ServiceProvider.GetRequiredService<FeedbackEscalation>().RunAsync(cancellationToken);
            var summaries = await scope.ServiceProvider.GetRequiredService<Reports.WeeklySummary>().RunAsync(cancellationToken);
            if (surveys + escalated + summaries > 0)
            {
                logger.LogInformation("Follow-through sweep: {SurveyMessages} survey messages queued, {Escalated} overdue feedback items escalated, {Summaries} weekly summaries queued",
                    surveys, escalated, summaries);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The follow-through sweep failed; it runs again at the next interval");
        }
    }
}
