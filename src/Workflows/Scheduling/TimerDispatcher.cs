using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Workflows.Scheduling;

/// <summary>
/// Fires durable timers exactly once across nodes: a node first claims due timers with a lease in a short
/// statement of its own (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>; others: a conditional UPDATE … RETURNING),
/// then fires each in its own scope where setting <c>fired_at</c> commits with the transition. The instance's
/// revision check makes a late second firing (after a lease expired) fail instead of applying twice.
/// </summary>
internal sealed class TimerDispatcher(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<WorkflowEngineOptions> options,
    ILogger<TimerDispatcher> logger) : ITimerDispatcher
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";
    private readonly WorkflowEngineOptions _options = options.Value;

    public async Task<int> RunDueTimersOnceAsync(CancellationToken cancellationToken)
    {
        var fired = 0;
        while (true)
        {
            var claimed = await ClaimAsync(cancellationToken);
            foreach (var id in claimed)
            {
                if (await FireAsync(id, cancellationToken)) fired++;
            }
            if (claimed.Count < _options.TimerBatchSize) return fired;
        }
    }

    private async Task<List<Guid>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<WorkflowDbContextAccessor>().Context;
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + _options.TimerClaimLease;
        var node = _options.NodeId;
        var batch = _options.TimerBatchSize;

        switch (context.Database.ProviderName)
        {
            case Npgsql:
                return await context.Database.SqlQuery<Guid>($"""
                    UPDATE wf_timers SET claimed_by = {node}, claimed_until = {until}
                    WHERE id IN (SELECT id FROM wf_timers
                                 WHERE fired_at IS NULL AND due_at <= {now} AND (claimed_by IS NULL OR claimed_until < {now})
                                 ORDER BY due_at LIMIT {batch}
                                 FOR UPDATE SKIP LOCKED)
                    RETURNING id AS "Value"
                    """).ToListAsync(cancellationToken);
            case Sqlite:
                // One statement: SQLite serializes writers, and the outer re-check keeps the claim exclusive.
                return await context.Database.SqlQuery<Guid>($"""
                    UPDATE wf_timers SET claimed_by = {node}, claimed_until = {until}
                    WHERE id IN (SELECT id FROM wf_timers
                                 WHERE fired_at IS NULL AND due_at <= {now} AND (claimed_by IS NULL OR claimed_until < {now})
                                 ORDER BY due_at LIMIT {batch})
                      AND fired_at IS NULL AND (claimed_by IS NULL OR claimed_until < {now})
                    RETURNING id AS "Value"
                    """).ToListAsync(cancellationToken);
            default:
                var candidates = await context.Set<DurableTimer>().AsNoTracking()
                    .Where(t => t.FiredAt == null && t.DueAt <= now && (t.ClaimedBy == null || t.ClaimedUntil < now))
                    .OrderBy(t => t.DueAt).Take(batch).Select(t => t.Id)
                    .ToListAsync(cancellationToken);
                var claimed = new List<Guid>();
                foreach (var id in candidates)
                {
                    var rows = await context.Set<DurableTimer>()
                        .Where(t => t.Id == id && t.FiredAt == null && (t.ClaimedBy == null || t.ClaimedUntil < now))
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, node).SetProperty(t => t.ClaimedUntil, until), cancellationToken);
                    if (rows == 1) claimed.Add(id);
                }
                return claimed;
        }
    }

    private async Task<bool> FireAsync(Guid timerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var context = engine.Context;
        var timer = await context.Set<DurableTimer>().FirstOrDefaultAsync(t => t.Id == timerId, cancellationToken);
        if (timer is null || timer.FiredAt is not null || timer.ClaimedBy != _options.NodeId) return false;

        try
        {
            timer.FiredAt = engine.UtcNow;
            var x = await engine.LoadAsync(timer.InstanceId, cancellationToken);
            using var logScope = engine.BeginScope(x.Instance);
            if (x.IsActive) await ApplyAsync(engine, x, timer, cancellationToken);
            await engine.SaveAsync(x, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Nothing of the firing was saved; release the claim so the timer is retried promptly.
            logger.LogWarning(ex, "Firing timer {TimerId} ({TimerKind}) failed; it will be retried", timerId, timer.Kind);
            await using var releaseScope = scopes.CreateAsyncScope();
            var releaseContext = releaseScope.ServiceProvider.GetRequiredService<WorkflowDbContextAccessor>().Context;
            var node = _options.NodeId;
            await releaseContext.Set<DurableTimer>()
                .Where(t => t.Id == timerId && t.FiredAt == null && t.ClaimedBy == node)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, (string?)null).SetProperty(t => t.ClaimedUntil, (DateTime?)null),
                    CancellationToken.None);
            return false;
        }
    }

    private static async Task ApplyAsync(WorkflowEngine engine, InstanceExecution x, DurableTimer timer, CancellationToken cancellationToken)
    {
        switch (timer.Kind)
        {
            case TimerKind.Delay when x.OpenBookmarks.Find(b => b.Id == timer.BookmarkId) is { } bookmark:
                await engine.ResumeBookmarkAsync(x, bookmark, "Done", null, WorkflowActor.System.Id, cancellationToken);
                break;
            case TimerKind.Deadline when x.OpenBookmarks.Find(b => b.Id == timer.BookmarkId) is { } bookmark:
                await engine.BreachDeadlineAsync(x, bookmark, cancellationToken);
                break;
            case TimerKind.IncidentRetry:
                var incident = await engine.Context.Set<Incident>().FirstOrDefaultAsync(i => i.Id == timer.IncidentId, cancellationToken);
                // A stale retry timer (an admin retried meanwhile) has nothing to do.
                if (incident is { Status: IncidentStatus.Open, NextAttemptAt: { } next } && next <= engine.UtcNow)
                    await engine.RetryAsync(x, incident, WorkflowActor.System.Id, cancellationToken);
                break;
        }
    }
}
