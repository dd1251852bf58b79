using DomatAljandal.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>
/// Writes one unit of work of an instance through the host's context in one transaction. The changed rows are handed
/// to the change tracker only now (new ones added; loaded ones attached with their values as loaded, so EF updates only
/// the columns that changed), and one <c>SaveChanges</c> writes them together with whatever the host's handlers added
/// during the unit of work; then they are no longer tracked. The instance's update is guarded by its revision (a concurrency token): if another unit of
/// work saved it since it was loaded, nothing is saved and the caller gets a <see cref="WorkflowConcurrencyException"/>.
/// An ended instance's open incidents are loaded (compiled query) and cancelled in the same SaveChanges; the timers a
/// finished wait or instance leaves behind are then deleted with compiled set-based statements in the same transaction. Inside the host's transaction this joins it; otherwise SaveChanges is the transaction, or one is
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
            if (x.Closed && !x.IsNew) await CancelOpenIncidentsAsync(x, context, cancellationToken);
            Track(x, context);
            await db.SaveAsync(x.Instance.Id, cancellationToken);
            Untrack(x, context);
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

    /// <summary>
    /// Saved rows are not kept tracked: the engine reads its rows untracked, so a next unit of work on the same instance in
    /// this scope would otherwise attach a second copy of the same key.
    /// </summary>
    private static void Untrack(InstanceExecution x, DbContext context)
    {
        IEnumerable<object> rows = [x.Instance, .. x.ChangedBookmarks, .. x.ChangedIncidents, .. x.NewBookmarks, .. x.NewIncidents,
            .. x.NewTimers, .. x.NewJournal];
        foreach (var row in rows) context.Entry(row).State = EntityState.Detached;
    }

    /// <summary>Tracks a loaded row with its values as loaded as the original values: Modified in just the columns that changed.</summary>
    private static void Attach(InstanceExecution x, DbContext context, object row)
    {
        var entry = context.Attach(row);
        entry.OriginalValues.SetValues(x.Loaded[row]);
        entry.DetectChanges();
    }

    /// <summary>
    /// Deletes the pending timers of the waits that ended (all of the instance's when it ended). A timer being fired right
    /// now stays: the dispatcher marked it fired in this same transaction.
    /// </summary>
    private async Task CloseLeftoversAsync(InstanceExecution x, DbContext context, CancellationToken cancellationToken)
    {
        var instanceId = x.Instance.Id;
        var queries = EngineQueries.For(context);
        if (!x.Closed)
        {
            foreach (var bookmarkId in x.BookmarksDone.Distinct()) await queries.DeleteBookmarkTimers(context, bookmarkId, cancellationToken);
            return;
        }

        await queries.DeleteInstanceTimers(context, instanceId, cancellationToken);
    }

    /// <summary>An instance that ended cancels its open incidents still in the database (those in memory are cancelled already).</summary>
    private async Task CancelOpenIncidentsAsync(InstanceExecution x, DbContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var known = x.ChangedIncidents.Select(i => i.Id).ToHashSet();
        await foreach (var incident in EngineQueries.For(context).OpenIncidents(context, x.Instance.Id).WithCancellation(cancellationToken))
        {
            if (known.Contains(incident.Id)) continue;
            incident.Status = IncidentStatus.Cancelled;
            incident.NextAttemptAt = null;
            incident.ClosedAt = now;
            x.ChangedIncidents.Add(incident);
        }
    }
}
