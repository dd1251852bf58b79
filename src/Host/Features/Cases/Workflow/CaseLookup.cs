using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// Finds the case a workflow instance runs. The instance's <c>caseId</c> variable is tried first: while a case is being
/// opened its row and its instance are written in the same unit of work, before the case knows its instance id.
/// </summary>
public sealed class CaseLookup(AppDbContext db)
{
    public const string CaseIdVariable = "caseId";

    /// <exception cref="InvalidOperationException">No case runs in this instance (a workflow started outside a case).</exception>
    public async Task<ServiceCase> ForWorkflowAsync(WorkflowContextInfo context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Variables.TryGetValue(CaseIdVariable, out var value) && Guid.TryParse(value?.ToString(), out var caseId)
            && await db.Set<ServiceCase>().FindAsync([caseId], cancellationToken) is { } byId
            && (byId.WorkflowInstanceId is null || byId.WorkflowInstanceId == context.InstanceId.ToString()))
        {
            return byId;
        }

        return await ForInstanceAsync(context.InstanceId, cancellationToken)
               ?? throw new InvalidOperationException($"No case runs in workflow instance {context.InstanceId}.");
    }

    /// <summary>
    /// The case of an instance, or null — also while the case is being opened in this unit of work (its row added, its
    /// instance id not yet attached), when it is the one case added with the <c>caseId</c> the workflow started with.
    /// </summary>
    public async Task<ServiceCase?> ForStartingInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        await ForInstanceAsync(instanceId, cancellationToken)
        ?? db.ChangeTracker.Entries<ServiceCase>().Where(e => e.State == EntityState.Added && e.Entity.WorkflowInstanceId is null)
            .Select(e => e.Entity).SingleOrDefault();

    /// <summary>The case of an instance, or null.</summary>
    public async Task<ServiceCase?> ForInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var id = instanceId.ToString();
        return db.Set<ServiceCase>().Local.FirstOrDefault(c => c.WorkflowInstanceId == id)
               ?? await db.Set<ServiceCase>().FirstOrDefaultAsync(c => c.WorkflowInstanceId == id, cancellationToken);
    }
}
