using DomatAljandal.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Workflows.Runtime;

/// <inheritdoc />
internal sealed class IncidentService(WorkflowEngine engine) : IIncidentService
{
    public async Task<IReadOnlyList<IncidentInfo>> ListAsync(IncidentStatus? status, CancellationToken cancellationToken)
    {
        var query = engine.Context.Set<Incident>().AsNoTracking();
        if (status is { } s) query = query.Where(i => i.Status == s);
        var incidents = await query.OrderByDescending(i => i.CreatedAt).Take(1000).ToListAsync(cancellationToken);
        return incidents.Select(ToInfo).ToList();
    }

    public async Task<WorkflowInstanceSnapshot> RetryAsync(Guid incidentId, WorkflowActor actor, CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var (incident, x) = await LoadOpenAsync(incidentId, cancellationToken);
        using var scope = engine.BeginScope(x.Instance);
        await engine.RetryAsync(x, incident, actor.Id, cancellationToken);
        return await engine.SaveAsync(x, cancellationToken);
    }

    public async Task<WorkflowInstanceSnapshot> CancelAsync(Guid incidentId, WorkflowActor actor, CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var (incident, x) = await LoadOpenAsync(incidentId, cancellationToken);
        using var scope = engine.BeginScope(x.Instance);
        engine.Cancel(x, actor.Id, $"Incident {incident.Id} cancelled: {incident.Error}");
        return await engine.SaveAsync(x, cancellationToken);
    }

    private async Task<(Incident, InstanceExecution)> LoadOpenAsync(Guid incidentId, CancellationToken cancellationToken)
    {
        var incident = await engine.Context.Set<Incident>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == incidentId, cancellationToken)
                       ?? throw new WorkflowNotFoundException($"Incident {incidentId} does not exist.");
        if (incident.Status != IncidentStatus.Open)
            throw new WorkflowStateException($"Incident {incidentId} is {incident.Status}.");
        var x = await engine.LoadAsync(incident.InstanceId, cancellationToken);
        if (!x.IsActive) throw new WorkflowStateException($"Workflow instance {x.Instance.Id} is {x.Instance.Status}.");
        return (incident, x);
    }

    internal static IncidentInfo ToInfo(Incident i) => new(i.Id, i.InstanceId, i.DefinitionId, i.ActivityId, i.Error, i.Attempts,
        WorkflowEngine.Offset(i.NextAttemptAt), i.Status, WorkflowEngine.Offset(i.CreatedAt)!.Value, WorkflowEngine.Offset(i.ClosedAt));
}
