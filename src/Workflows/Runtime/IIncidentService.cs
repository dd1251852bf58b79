namespace DomatAljandal.Workflows.Runtime;

/// <summary>Incidents (faulted activities) for admins.</summary>
public interface IIncidentService
{
    /// <summary>Incidents, newest first, optionally only those with <paramref name="status"/>.</summary>
    Task<IReadOnlyList<IncidentInfo>> ListAsync(IncidentStatus? status, CancellationToken cancellationToken);

    /// <summary>Re-runs the failed activity now (a Faulted instance becomes Running again).</summary>
    /// <exception cref="WorkflowNotFoundException">404.</exception>
    /// <exception cref="WorkflowStateException">409: the incident is not open.</exception>
    Task<WorkflowInstanceSnapshot> RetryAsync(Guid incidentId, WorkflowActor actor, CancellationToken cancellationToken);

    /// <summary>Cancels the incident and its instance.</summary>
    /// <exception cref="WorkflowNotFoundException">404.</exception>
    /// <exception cref="WorkflowStateException">409: the incident is not open.</exception>
    Task<WorkflowInstanceSnapshot> CancelAsync(Guid incidentId, WorkflowActor actor, CancellationToken cancellationToken);
}
