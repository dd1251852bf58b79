using System.Text.Json.Nodes;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>
/// Starts and moves workflow instances. Each method is one unit of work on the host's DbContext: it calls
/// SaveChanges itself, joining the host's transaction when one is open (so case rows, workflow changes and
/// outbox rows commit together). Expected failures are <see cref="WorkflowException"/>s whose
/// <see cref="WorkflowException.Kind"/> maps to 404/409/400/403.
/// </summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts an instance of the published version; <paramref name="input"/> becomes its variables.</summary>
    /// <exception cref="WorkflowNotFoundException">No published version.</exception>
    Task<WorkflowInstanceSnapshot> StartAsync(string definitionId, JsonObject? input, WorkflowActor actor, CancellationToken cancellationToken);

    /// <summary>Resumes a bookmark with an outcome and optional data (recorded with the actor).</summary>
    /// <exception cref="WorkflowNotFoundException">404: instance or bookmark.</exception>
    /// <exception cref="BookmarkConsumedException">409: already consumed.</exception>
    /// <exception cref="ActorLacksRoleException">403: the actor lacks the task's role.</exception>
    /// <exception cref="EventWaitNotResumableException">403: a WaitForEvent bookmark, which only its event resumes (<see cref="RaiseEventAsync"/>).</exception>
    /// <exception cref="TaskClaimedException">409: the task is claimed by someone else.</exception>
    /// <exception cref="UndeclaredOutcomeException">400: outcome not declared.</exception>
    /// <exception cref="InvalidResumeDataException">400: a form field is missing or has the wrong type.</exception>
    /// <exception cref="WorkflowConcurrencyException">409: a concurrent transition won.</exception>
    /// <exception cref="WorkflowStateException">409: the instance is completed or cancelled.</exception>
    Task<WorkflowInstanceSnapshot> ResumeAsync(Guid instanceId, Guid bookmarkId, string outcome, JsonObject? data, WorkflowActor actor,
        CancellationToken cancellationToken);

    /// <summary>Raises a named event on an instance, resuming every WaitForEvent bookmark waiting for it.</summary>
    /// <exception cref="WorkflowNotFoundException">404: no instance, or nothing waits for the event.</exception>
    Task<WorkflowInstanceSnapshot> RaiseEventAsync(Guid instanceId, string eventName, JsonObject? data, CancellationToken cancellationToken);

    /// <summary>The instance with its journal and incidents, or null when it does not exist.</summary>
    Task<WorkflowInstanceDetails?> GetAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>The stages of the instance's own definition version, with where it stands on each; null when it does not exist.</summary>
    Task<InstanceStages?> GetStagesAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels an instance: open bookmarks, timers and incidents are closed. Its result is <paramref name="result"/>
    /// (e.g. <c>Withdrawn</c>), or <c>Cancelled</c>.
    /// </summary>
    /// <exception cref="WorkflowNotFoundException">404.</exception>
    /// <exception cref="WorkflowStateException">409: already completed or cancelled.</exception>
    Task<WorkflowInstanceSnapshot> CancelAsync(Guid instanceId, WorkflowActor actor, string? reason, CancellationToken cancellationToken, string? result = null);
}
