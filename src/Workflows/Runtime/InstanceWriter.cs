using System.Data;
using System.Data.Common;
using DomatAljandal.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>
/// Writes one unit of work of an instance in one transaction, without the change tracker: the instance row first
/// (insert, or an update guarded by the revision read, so a concurrent transition fails before anything else is
/// written), then the other rows in one command. The host's own pending changes (made by handlers during the unit of
/// work) are saved by EF in the same transaction. Inside the host's transaction this joins it; otherwise it begins
/// and commits its own.
/// </summary>
internal sealed class InstanceWriter(WorkflowDbContextAccessor db, TimeProvider time)
{
    public async Task WriteAsync(InstanceExecution x, CancellationToken cancellationToken)
    {
        var context = db.Context;
        var tables = EngineTables.For(context);
        await using var open = await OpenConnectionLease.AcquireAsync(context, cancellationToken);
        var connection = context.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        var ambient = context.Database.CurrentTransaction?.GetDbTransaction();
        // On SQLite, with nothing of the host's to save in the same transaction, BEGIN and COMMIT are two more
        // statements prepared once per connection rather than a provider transaction (a new command each).
        var lean = ambient is null && !context.ChangeTracker.HasChanges() && SqliteStatementCache.CanRun(connection, []);
        var own = ambient is null && !lean ? await connection.BeginTransactionAsync(cancellationToken) : null;
        if (lean) SqliteStatementCache.Execute(command, "BEGIN IMMEDIATE");
        try
        {
            command.Transaction = ambient ?? own;
            var batch = new EngineCommand(command, tables.Sql, context.Database.GetCommandTimeout());

            await WriteInstanceAsync(x, tables, batch, cancellationToken);
            AppendChanges(x, tables, batch);
            await batch.ExecuteAsync(cancellationToken);

            if (context.ChangeTracker.HasChanges()) await SaveHostChangesAsync(context, x.Instance.Id, own, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            if (lean) SqliteStatementCache.Execute(command, "COMMIT");
        }
        catch
        {
            if (lean) SqliteStatementCache.RollbackIfOpen(command);
            // Engine rows a handler added to the context belong to the failed unit of work: a later SaveChanges must not
            // apply them (the host's own entities are the host's to discard, as with any failed SaveChanges).
            db.DetachEngineEntities();
            throw;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    private static async Task WriteInstanceAsync(InstanceExecution x, EngineTables tables, EngineCommand batch, CancellationToken cancellationToken)
    {
        var instances = tables.Instances;
        if (x.IsNew)
        {
            instances.AppendInsert(batch, x.Instance);
            await batch.ExecuteAsync(cancellationToken);
            return;
        }

        var revisionRead = instances.Column(nameof(WorkflowInstance.Revision)) + " = "
                           + instances.Parameter(batch, nameof(WorkflowInstance.Revision), x.LoadedRevision);
        instances.AppendUpdate(batch, x.Instance, x.Instance.Id, revisionRead, x.Loaded.GetValueOrDefault(x.Instance));
        if (await batch.ExecuteAsync(cancellationToken) != 1)
        {
            throw new WorkflowConcurrencyException(x.Instance.Id,
                new DBConcurrencyException($"Instance {x.Instance.Id} is no longer at revision {x.LoadedRevision}."));
        }
    }

    private void AppendChanges(InstanceExecution x, EngineTables tables, EngineCommand batch)
    {
        var sql = batch.Text;
        var timers = tables.Timers;
        var firedAt = timers.Column(nameof(DurableTimer.FiredAt));
        // Deletes and bulk closes first: they must not touch the rows inserted below.
        foreach (var bookmarkId in x.BookmarksDone.Distinct())
        {
            sql.Append("DELETE FROM ").Append(timers.Name).Append(" WHERE ").Append(timers.Column(nameof(DurableTimer.BookmarkId)))
                .Append(" = ").Append(timers.Parameter(batch, nameof(DurableTimer.BookmarkId), bookmarkId))
                .Append(" AND ").Append(firedAt).Append(" IS NULL;\n");
        }

        if (x.Closed && !x.IsNew)
        {
            // A timer being fired right now stays: the dispatcher marked it fired in this same transaction.
            sql.Append("DELETE FROM ").Append(timers.Name).Append(" WHERE ").Append(timers.Column(nameof(DurableTimer.InstanceId)))
                .Append(" = ").Append(timers.Parameter(batch, nameof(DurableTimer.InstanceId), x.Instance.Id))
                .Append(" AND ").Append(firedAt).Append(" IS NULL;\n");

            var incidents = tables.Incidents;
            var status = incidents.Column(nameof(Incident.Status));
            sql.Append("UPDATE ").Append(incidents.Name).Append(" SET ")
                .Append(status).Append(" = ").Append(incidents.Parameter(batch, nameof(Incident.Status), IncidentStatus.Cancelled)).Append(", ")
                .Append(incidents.Column(nameof(Incident.NextAttemptAt))).Append(" = NULL, ")
                .Append(incidents.Column(nameof(Incident.ClosedAt))).Append(" = ")
                .Append(incidents.Parameter(batch, nameof(Incident.ClosedAt), time.GetUtcNow().UtcDateTime))
                .Append(" WHERE ").Append(incidents.Column(nameof(Incident.InstanceId))).Append(" = ")
                .Append(incidents.Parameter(batch, nameof(Incident.InstanceId), x.Instance.Id))
                .Append(" AND ").Append(status).Append(" = ").Append(incidents.Parameter(batch, nameof(Incident.Status), IncidentStatus.Open))
                .Append(";\n");
        }

        foreach (var bookmark in x.ChangedBookmarks) tables.Bookmarks.AppendUpdate(batch, bookmark, bookmark.Id, loaded: x.Loaded.GetValueOrDefault(bookmark));
        foreach (var incident in x.ChangedIncidents) tables.Incidents.AppendUpdate(batch, incident, incident.Id);
        foreach (var bookmark in x.NewBookmarks) tables.Bookmarks.AppendInsert(batch, bookmark);
        foreach (var incident in x.NewIncidents) tables.Incidents.AppendInsert(batch, incident);
        foreach (var timer in x.NewTimers) timers.AppendInsert(batch, timer);
        foreach (var entry in x.NewJournal) tables.Journal.AppendInsert(batch, entry);
    }

    private async Task SaveHostChangesAsync(DbContext context, Guid instanceId, DbTransaction? own, CancellationToken cancellationToken)
    {
        if (own is null)
        {
            await db.SaveAsync(instanceId, cancellationToken);
            return;
        }

        // EF must run its SaveChanges inside the transaction begun here, not begin one of its own.
        await context.Database.UseTransactionAsync(own, cancellationToken);
        try
        {
            await db.SaveAsync(instanceId, cancellationToken);
        }
        finally
        {
            await context.Database.UseTransactionAsync(null, CancellationToken.None);
        }
    }
}
