using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>The host's DbContext of the current scope, as the engine sees it (registered by AddWorkflowEngine).</summary>
internal sealed class WorkflowDbContextAccessor(DbContext context)
{
    public DbContext Context { get; } = context;

    /// <summary>
    /// Saves through the host's context. Inside the host's ambient transaction this just writes; otherwise
    /// SaveChanges is itself one transaction. On failure the engine's pending changes are dropped so a later
    /// SaveChanges of the host does not re-apply half a transition.
    /// </summary>
    public async Task SaveAsync(Guid? instanceId, CancellationToken cancellationToken)
    {
        try
        {
            await Context.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            DetachEngineEntities();
            if (ex is DbUpdateConcurrencyException && instanceId is { } id)
                throw new Runtime.WorkflowConcurrencyException(id, ex);
            throw;
        }
    }

    public void DetachEngineEntities()
    {
        foreach (var entry in Context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is WorkflowInstance or Bookmark or DurableTimer or JournalEntry or Incident or WorkflowDefinitionVersion)
                entry.State = EntityState.Detached;
        }
    }
}
