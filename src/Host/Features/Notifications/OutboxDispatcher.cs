using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Notifications;

/// <summary>
/// The background sender. Every <see cref="OutboxOptions.PollInterval"/> it claims due messages with a
/// conditional UPDATE (so two nodes never send the same one), sends them, and commits each outcome at once:
/// sent, or retried later with exponential back-off, or dead after <see cref="OutboxOptions.MaxAttempts"/>.
/// Channels without configuration (no SMTP host, no SMS URL) are left waiting, not failed.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IOptionsMonitor<OutboxOptions> outboxOptions,
    IOptionsMonitor<SmtpOptions> smtpOptions,
    IOptionsMonitor<SmsOptions> smsOptions,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService, IOutboxDispatcher
{
    private readonly string _node = $"{Environment.MachineName}:{Environment.ProcessId}";

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken) =>
        (await DispatchBatchAsync(cancellationToken)).Sent;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = outboxOptions.CurrentValue;
        if (!options.Enabled)
        {
            logger.LogInformation("The outbox sender is disabled on this node (Outbox:Enabled is false)");
            return;
        }

        if (!smtpOptions.CurrentValue.IsConfigured)
        {
            logger.LogWarning("Email is not configured (Smtp:Host is empty); emails wait in the outbox until it is");
        }

        if (!smsOptions.CurrentValue.IsConfigured)
        {
            logger.LogInformation("SMS is not configured (Sms:Url is empty); text messages wait in the outbox until it is");
        }

        try
        {
            using var timer = new PeriodicTimer(options.PollInterval, clock);
            do
            {
                await DrainAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; claimed but unsent messages were released, or their claims lapse.
        }
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        try
        {
            BatchResult batch;
            do
            {
                batch = await DispatchBatchAsync(stoppingToken);
            }
            while (batch.Claimed >= outboxOptions.CurrentValue.BatchSize && !stoppingToken.IsCancellationRequested);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "The outbox sender failed; it tries again in {PollInterval}", outboxOptions.CurrentValue.PollInterval);
        }
    }

    private async Task<BatchResult> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var options = outboxOptions.CurrentValue;
        var email = smtpOptions.CurrentValue.IsConfigured;
        var sms = smsOptions.CurrentValue.IsConfigured;
        if (!email && !sms)
        {
            return new BatchResult(0, 0);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;

        var due = Claimable(db, now).Where(m => m.NextAttemptAt <= now);
        if (!email)
        {
            due = due.Where(m => m.Channel == NotificationChannel.Sms);
        }

        if (!sms)
        {
            due = due.Where(m => m.Channel == NotificationChannel.Email);
        }

        var ids = await due.OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(options.BatchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return new BatchResult(0, 0);
        }

        // The conditional claim: a row another node claimed (or sent) since the read above is not taken.
        var claim = $"{_node}:{Guid.NewGuid():N}";
        DateTime? claimedUntil = now + options.ClaimDuration;
        await Claimable(db, now)
            .Where(m => ids.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, claim).SetProperty(m => m.ClaimedUntil, claimedUntil), cancellationToken);

        var messages = await db.Set<OutboxMessage>().Where(m => m.ClaimedBy == claim).OrderBy(m => m.NextAttemptAt).ToListAsync(cancellationToken);
        var sent = 0;
        using var sending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewWhileSendingAsync(claim, options.ClaimDuration, sending.Token);
        try
        {
            foreach (var message in messages)
            {
                if (await SendAsync(scope.ServiceProvider, message, options, cancellationToken))
                {
                    sent++;
                }

                // Recorded at once and not cancellable: a message handed over must not stay unmarked and go twice.
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
        finally
        {
            await sending.CancelAsync();
            await renewal;
            if (cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync(db, claim);
            }
        }

        return new BatchResult(messages.Count, sent);
    }

    /// <summary>
    /// Keeps a batch's claim short but alive: every third of <see cref="OutboxOptions.ClaimDuration"/> the unsent
    /// messages of the claim are held for another full duration, on a connection of its own. A process that dies
    /// stops renewing, so its messages are free for another node one claim length later.
    /// </summary>
    private async Task RenewWhileSendingAsync(string claim, TimeSpan duration, CancellationToken sending)
    {
        try
        {
            using var timer = new PeriodicTimer(duration / 3, clock);
            while (await timer.WaitForNextTickAsync(sending))
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                DateTime? until = clock.GetUtcNow().UtcDateTime + duration;
                await db.Set<OutboxMessage>()
                    .Where(m => m.ClaimedBy == claim && m.SentAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until), sending);
            }
        }
        catch (OperationCanceledException) when (sending.IsCancellationRequested)
        {
            // The batch is done.
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not renew outbox claim {Claim}; its messages may be taken over when it lapses", claim);
        }
    }

    private static IQueryable<OutboxMessage> Claimable(AppDbContext db, DateTime now) =>
        db.Set<OutboxMessage>().Where(m => m.SentAt == null && m.DeadAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now));

    private async Task<bool> SendAsync(IServiceProvider services, OutboxMessage message, OutboxOptions options, CancellationToken cancellationToken)
    {
        try
        {
            switch (message.Channel)
            {
                case NotificationChannel.Email:
                    await services.GetRequiredService<IEmailGateway>().SendAsync(message, cancellationToken);
                    break;
                case NotificationChannel.Sms:
                    await services.GetRequiredService<ISmsGateway>().SendAsync(
                        new SmsMessage(message.Recipient, message.BodyText, message.Id.ToString("N")), cancellationToken);
                    break;
                default:
                    throw new PermanentDeliveryException($"Unknown channel {message.Channel}.");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var dead = message.RecordFailure(e.Message, e is PermanentDeliveryException, clock.GetUtcNow().UtcDateTime, options);
            if (dead)
            {
                logger.LogError(e, "Gave up on {Channel} message {OutboxMessageId} ({TemplateKey}, case {CaseId}) after {Attempts} attempts",
                    message.Channel, message.Id, message.TemplateKey, message.CaseId, message.Attempts);
            }
            else
            {
                logger.LogWarning("Could not send {Channel} message {OutboxMessageId} ({TemplateKey}), attempt {Attempts}; next attempt at {NextAttemptAt}: {Error}",
                    message.Channel, message.Id, message.TemplateKey, message.Attempts, message.NextAttemptAt, e.Message);
            }

            return false;
        }

        message.MarkSent(clock.GetUtcNow().UtcDateTime);
        logger.LogInformation("Sent {Channel} message {OutboxMessageId} ({TemplateKey}, case {CaseId})",
            message.Channel, message.Id, message.TemplateKey, message.CaseId);
        return true;
    }

    private async Task ReleaseAsync(AppDbContext db, string claim)
    {
        try
        {
            await db.Set<OutboxMessage>()
                .Where(m => m.ClaimedBy == claim && m.SentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntil, (DateTime?)null));
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not release outbox claim {Claim}; its messages wait until the claim lapses", claim);
        }
    }

    private readonly record struct BatchResult(int Claimed, int Sent);
}
