using DomatAljandal.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>
/// Writes one unit of work of an instance through the host's context in one transaction. The changed rows are handed
/// to the change tracker only now (new ones added; loaded ones attached with their values as loaded, so EF updates only
/// the columns that changed), and one <c>SaveChanges</c> writes them together with whatever the host's handlers added
/// during the unit of work. The instance's update is guarded by its revision (a concurrency token): if another unit of
/// work saved it since it was loaded, nothing is saved and the caller gets a <see cref="WorkflowConcurrencyException"/>.
/// The timers and incidents a finished wait or instance leaves behind are then closed with set-based statements in the
/// same transaction. Inside the host's transaction this joins it; otherwise SaveChanges is the transaction, or one is
/// begun here when the set-based statements follow.
/// </summary>
internal sealed class InstanceWriter(WorkflowDbContextAccessor db, TimeProvider time)
{
    public async Task WriteAsync(InstanceExecution x, CancellationToken cancellationToken)
    {
        var context = db.Context;
        var database = context.Database;
        var closes = x.Closed ? !x.IsNew : x.BookmarksDone.Count > 0;
        var own = closes && database.CurrentTransaction is null ? await database.BeginTransactionAsync(cancellationToken) : null;
        var savepoints = database.AutoSavepointsEnabled;
        // A savepoint guards the host's transaction from a failed SaveChanges; in the engine's own one it is two statements for nothing.
        if (own is not null) database.AutoSavepointsEnabled = false;
        try
        {
            Track(x, context);
            await db.SaveAsync(x.Instance.Id, cancellationToken);
            if (closes) await CloseLeftoversAsync(x, context, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
        }
        catch
        {
            // Engine rows of the failed unit of work must not be applied by a later SaveChanges of the host (the host's own
            // entities are the host's to discard, as with any failed SaveChanges).
            db.DetachEngineEntities();
            throw;
        }
        finally
        {
            database.AutoSavepointsEnabled = savepoints;
            if (own is not null) await own.DisposeAsync();
        }
    }

    private static void Track(InstanceExecution x, DbContext context)
    {
        if (x.IsNew) context.Add(x.Instance);
        else Attach(x, context, x.Instance);
        foreach (var bookmark in x.ChangedBookmarks) Attach(x, context, bookmark);
        // Incidents are loaded by whoever retries or cancels them; the instance's revision guards them as it guards the rest.
        foreach (var incident in x.ChangedIncidents) context.Update(incident);
        foreach (var bookmark in x.NewBookmarks) context.Add(bookmark);
        foreach (var incident in x.NewIncidents) context.Add(incident);
        foreach (var timer in x.NewTimers) context.Add(timer);
        foreach (var entry in x.NewJournal) context.Add(entry);
    }

    /// <summary>Tracks a loaded row with its values as loaded as the original values: Modified in just the columns that changed.</summary>
    private static void Attach(InstanceExecution x, DbContext context, object row)
    {
        var entry = context.Attach(row);
        entry.OriginalValues.SetValues(x.Loaded[row]);
        entry.DetectChanges();
    }

    /// <summary>
    /// Deletes the pending timers of the waits that ended (all of the instance's when it ended) and, when it ended, cancels
    /// its open incidents. A timer being fired right now stays: the dispatcher marked it fired in this same transaction.
    /// </summary>
    private async Task CloseLeftoversAsync(InstanceExecution x, DbContext context, CancellationToken cancellationToken)
    {
        var instanceId = x.Instance.Id;
        var timers = context.Set<DurableTimer>().Where(t => t.FiredAt == null);
        if (!x.Closed)
        {
            var done = x.BookmarksDone.Select(id => (Guid?)id).Distinct().ToList();
            await timers.Where(t => done.Contains(t.BookmarkId)).ExecuteDeleteAsync(cancellationToken);
            return;
        }

        await timers.Where(t => t.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await context.Set<Incident>()
            .Where(i => i.InstanceId == instanceId && i.Status == IncidentStatus.Open)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, IncidentStatus.Cancelled)
                .SetProperty(i => i.NextAttemptAt, (DateTime?)null)
                .SetProperty(i => i.ClosedAt, now), cancellationToken);
    }
}
