using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Operations;

/// <summary>What is waiting, as of <see cref="TakenAt"/>: ages in seconds (0 when nothing is late) and counts.</summary>
public sealed record BacklogSnapshot(
    DateTime TakenAt,
    double OldestDueTimerSeconds,
    double OldestDueOutboxSeconds,
    int OutboxRetrying,
    int OutboxDead,
    int OpenIncidents,
    int OpenTasks,
    int BreachedTasks);

/// <summary>
/// Reads the backlog with a few indexed counts and keeps the answer for <see cref="OperationsOptions.SnapshotMaxAge"/>,
/// so scrapes and health probes do not load the database.
/// </summary>
public sealed class BacklogSnapshots(IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<OperationsOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BacklogSnapshot? _last;

    public async Task<BacklogSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(_last))
        {
            return _last!;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh(_last))
            {
                _last = await ReadAsync(cancellationToken);
            }

            return _last!;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>For the gauges' callbacks, which are synchronous; the database is asked at most once per max age.</summary>
    public BacklogSnapshot Current() => GetAsync(CancellationToken.None).GetAwaiter().GetResult();

    public void Dispose() => _gate.Dispose();

    private bool IsFresh(BacklogSnapshot? snapshot) =>
        snapshot is not null && clock.GetUtcNow().UtcDateTime - snapshot.TakenAt < options.CurrentValue.SnapshotMaxAge;

    private async Task<BacklogSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var sql = db.Database;

        var oldestTimer = await sql.SqlQuery<DateTime?>($"SELECT MIN(due_at) AS \"Value\" FROM wf_timers WHERE fired_at IS NULL AND due_at <= {now}")
            .SingleAsync(cancellationToken);
        var outbox = db.Set<OutboxMessage>().Where(m => m.SentAt == null && m.DeadAt == null);
        var oldestOutbox = await outbox.Where(m => m.NextAttemptAt <= now).MinAsync(m => (DateTime?)m.NextAttemptAt, cancellationToken);
        var retrying = await outbox.CountAsync(m => m.Attempts > 0, cancellationToken);
        var dead = await db.Set<OutboxMessage>().CountAsync(m => m.DeadAt != null, cancellationToken);
        var incidents = await sql.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM wf_incidents WHERE status = 'Open'").SingleAsync(cancellationToken);
        var tasks = await sql.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM wf_bookmarks WHERE kind = 'HumanTask' AND consumed_at IS NULL")
            .SingleAsync(cancellationToken);
        var breached = await sql.SqlQuery<int>(
                $"SELECT COUNT(*) AS \"Value\" FROM wf_bookmarks WHERE kind = 'HumanTask' AND consumed_at IS NULL AND breached_at IS NOT NULL")
            .SingleAsync(cancellationToken);
        return new BacklogSnapshot(now, Age(oldestTimer), Age(oldestOutbox), retrying, dead, incidents, tasks, breached);

        double Age(DateTime? since) => since is { } at ? Math.Max(0, (now - at).TotalSeconds) : 0;
    }
}
