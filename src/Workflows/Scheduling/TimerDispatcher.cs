using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Workflows.Scheduling;

/// <summary>
/// Fires durable timers exactly once across nodes. A node claims a batch of due timers with a lease in one
/// statement of its own (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>; SQLite: a conditional <c>ExecuteUpdate</c>), then
/// fires each in its own transaction that first marks it fired with a conditional UPDATE (still unfired and still
/// claimed by this node, else nothing happens) and commits that mark with the transition. A node whose lease ran out
/// and was taken over therefore fires nothing, and the instance's revision check serializes the transition against
/// concurrent resumes. The timers of one batch share a DI scope (one DbContext, change tracker cleared per timer).
/// </summary>
internal sealed class TimerDispatcher(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<WorkflowEngineOptions> options,
    ILogger<TimerDispatcher> logger) : ITimerDispatcher
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private readonly WorkflowEngineOptions _options = options.Value;

    public async Task<int> RunDueTimersOnceAsync(CancellationToken cancellationToken)
    {
        var fired = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
            await using var connection = await engine.OpenConnectionAsync(cancellationToken);
            var claimed = await ClaimAsync(engine.Context, cancellationToken);
            foreach (var timer in claimed)
            {
                if (await FireAsync(engine, timer, cancellationToken)) fired++;
            }
            if (claimed.Count < _options.TimerBatchSize) return fired;
        }
    }

    private async Task<List<ClaimedTimer>> ClaimAsync(DbContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + _options.TimerClaimLease;
        var node = _options.NodeId;
        var batch = _options.TimerBatchSize;

        if (context.Database.ProviderName == Npgsql)
        {
            // Nodes claim side by side: each skips the rows another is claiming instead of waiting for them. LINQ has no
            // SKIP LOCKED, so this one statement is SQL.
            return await context.Database.SqlQuery<ClaimedTimer>($"""
                UPDATE wf_timers SET claimed_by = {node}, claimed_until = {until}
                WHERE id IN (SELECT id FROM wf_timers
                             WHERE fired_at IS NULL AND due_at <= {now} AND (claimed_by IS NULL OR claimed_until < {now})
                             ORDER BY due_at LIMIT {batch}
                             FOR UPDATE SKIP LOCKED)
                RETURNING id AS "Id", instance_id AS "InstanceId", bookmark_id AS "BookmarkId", incident_id AS "IncidentId", kind AS "Kind", due_at AS "DueAt"
                """).ToListAsync(cancellationToken);
        }

        // SQLite runs one writer at a time, so one conditional UPDATE claims a batch exclusively; the timers it claimed are
        // the unfired ones holding this claim's lease.
        var timers = context.Set<DurableTimer>();
        await timers
            .Where(t => t.FiredAt == null && t.DueAt <= now && (t.ClaimedBy == null || t.ClaimedUntil < now))
            .OrderBy(t => t.DueAt).Take(batch)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, node).SetProperty(t => t.ClaimedUntil, until), cancellationToken);
        return await timers.AsNoTracking()
            .Where(t => t.FiredAt == null && t.ClaimedBy == node && t.ClaimedUntil == until)
            .OrderBy(t => t.DueAt)
            .Select(t => new ClaimedTimer { Id = t.Id, InstanceId = t.InstanceId, BookmarkId = t.BookmarkId, IncidentId = t.IncidentId, Kind = t.Kind.ToString(), DueAt = t.DueAt })
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> FireAsync(WorkflowEngine engine, ClaimedTimer timer, CancellationToken cancellationToken)
    {
        var context = engine.Context;
        var node = _options.NodeId;
        context.ChangeTracker.Clear();
        // The firing's transaction is the dispatcher's own and is rolled back whole on failure: a savepoint around the
        // engine's SaveChanges would be two statements for nothing.
        context.Database.AutoSavepointsEnabled = false;
        try
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var now = engine.UtcNow;
            var marked = await context.Set<DurableTimer>()
                .Where(t => t.Id == timer.Id && t.FiredAt == null && t.ClaimedBy == node)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.FiredAt, now), cancellationToken);
            // Fired already, or the lease ran out and another node took it over: not ours to fire (rolled back).
            if (marked != 1) return false;

            var x = await engine.LoadAsync(timer.InstanceId, cancellationToken);
            using var logScope = engine.BeginScope(x.Instance);
            if (x.IsActive) await ApplyAsync(engine, x, timer, cancellationToken);
            await engine.SaveAsync(x, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            WorkflowMetrics.TimerFired(timer.Kind, timer.DueAt, now);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Nothing of the firing was saved; release the claim so the timer is retried promptly.
            logger.LogWarning(ex, "Firing timer {TimerId} ({TimerKind}) failed; it will be retried", timer.Id, timer.Kind);
            context.ChangeTracker.Clear();
            await context.Set<DurableTimer>()
                .Where(t => t.Id == timer.Id && t.FiredAt == null && t.ClaimedBy == node)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, (string?)null).SetProperty(t => t.ClaimedUntil, (DateTime?)null),
                    CancellationToken.None);
            return false;
        }
        finally
        {
            context.Database.AutoSavepointsEnabled = true;
        }
    }

    private static async Task ApplyAsync(WorkflowEngine engine, InstanceExecution x, ClaimedTimer timer, CancellationToken cancellationToken)
    {
        switch (timer.TimerKind)
        {
            // A paused task's deadline comes due: it re-arms for the time the task had left (ResumeDeadlinesAsync moves it).
            case TimerKind.Deadline when x.Instance.DeadlinesPausedAt is { } pausedAt && x.OpenBookmarks.Find(b => b.Id == timer.BookmarkId) is
                { } paused && engine.RearmPausedDeadline(x, paused, pausedAt):
                break;
            case TimerKind.Delay when x.OpenBookmarks.Find(b => b.Id == timer.BookmarkId) is { } bookmark:
                await engine.ResumeBookmarkAsync(x, bookmark, "Done", null, WorkflowActor.System.Id, cancellationToken);
                break;
            case TimerKind.Deadline when x.OpenBookmarks.Find(b => b.Id == timer.BookmarkId) is { } bookmark:
                await engine.BreachDeadlineAsync(x, bookmark, cancellationToken);
                break;
            case TimerKind.Reminder when x.OpenBookmarks.Find(b => b.Id == timer.BookmarkId) is { } bookmark:
                await engine.RemindAsync(x, bookmark, timer.DueAt, cancellationToken);
                break;
            case TimerKind.Lapse when x.OpenBookmarks.Find(b => b.Id == timer.BookmarkId) is { } bookmark:
                await engine.ResumeBookmarkAsync(x, bookmark, WaitForEventActivity.LapsedOutcome, null, WorkflowActor.System.Id, cancellationToken);
                break;
            case TimerKind.IncidentRetry:
                var incident = await engine.Context.Set<Incident>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == timer.IncidentId, cancellationToken);
                // A stale retry timer (an admin retried meanwhile) has nothing to do.
                if (incident is { Status: IncidentStatus.Open, NextAttemptAt: { } next } && next <= engine.UtcNow)
                    await engine.RetryAsync(x, incident, WorkflowActor.System.Id, cancellationToken);
                break;
        }
    }
}
