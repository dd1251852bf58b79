using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Workflows.Tasks;

/// <summary>
/// The open human tasks of the engine's instances (designer test runs left out), and the operations people do on them.
/// The engine checks every rule here, so a host asks and never touches the engine's rows: the task's role (403), its
/// claim (409 when someone else holds it; a release by the claimer or a supervisor, see
/// <see cref="WorkflowEngineOptions.TaskSupervisorRoles"/>), the outcome (400) and the task's form (400 naming the field).
/// Completing is a unit of work on the host's DbContext like <see cref="IWorkflowRuntime.ResumeAsync"/>.
/// </summary>
public interface IWorkflowTasks
{
    /// <summary>Open tasks matching <paramref name="query"/>, ordered and paged.</summary>
    Task<TaskPage> ListAsync(TaskQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// How many open tasks match <paramref name="query"/> (its order and paging ignored), counted by the database and grouped
    /// by activity (of the instance's version, with the activity's stage), role and claimer; breached as of the engine's clock.
    /// </summary>
    Task<IReadOnlyList<TaskCount>> CountAsync(TaskQuery query, CancellationToken cancellationToken);

    /// <summary>One open or completed task, or null when there is no such task.</summary>
    Task<WorkflowTask?> GetAsync(Guid taskId, CancellationToken cancellationToken);

    /// <summary>Claims an open task for the actor (one conditional update: of two people at once, one gets 409).</summary>
    /// <exception cref="WorkflowNotFoundException">404.</exception>
    /// <exception cref="BookmarkConsumedException">409: already completed.</exception>
    /// <exception cref="ActorLacksRoleException">403.</exception>
    /// <exception cref="TaskClaimedException">409: someone else holds it.</exception>
    Task<WorkflowTask> ClaimAsync(Guid taskId, WorkflowActor actor, CancellationToken cancellationToken);

    /// <summary>Gives a claimed task back to its role's queue: by its claimer, or by a supervisor.</summary>
    /// <exception cref="WorkflowNotFoundException">404.</exception>
    /// <exception cref="BookmarkConsumedException">409: already completed.</exception>
    /// <exception cref="ActorLacksRoleException">403: neither the task's role nor a supervisor.</exception>
    /// <exception cref="TaskReleaseForbiddenException">403: claimed by someone else and the actor is no supervisor.</exception>
    Task<WorkflowTask> ReleaseAsync(Guid taskId, WorkflowActor actor, CancellationToken cancellationToken);

    /// <summary>Completes an open task with one of its outcomes and its form's data; the flow continues.</summary>
    /// <exception cref="WorkflowNotFoundException">404: no such task.</exception>
    /// <exception cref="BookmarkConsumedException">409: already completed.</exception>
    /// <exception cref="ActorLacksRoleException">403.</exception>
    /// <exception cref="TaskClaimedException">409: claimed by someone else.</exception>
    /// <exception cref="UndeclaredOutcomeException">400.</exception>
    /// <exception cref="InvalidResumeDataException">400: a form field is missing or has the wrong type.</exception>
    /// <exception cref="WorkflowConcurrencyException">409: a concurrent transition won.</exception>
    Task<WorkflowInstanceSnapshot> CompleteAsync(Guid taskId, string outcome, JsonObject? data, WorkflowActor actor, CancellationToken cancellationToken);

    /// <summary>
    /// Pauses the SLA clock of the instance's human tasks (e.g. while the host's case waits on the member): until
    /// <see cref="ResumeDeadlinesAsync"/>, its open tasks, and those opened meanwhile, neither breach nor count as breached
    /// or due, and a task's <see cref="WorkflowTask.DueAt"/> reads as if the clock resumed now. Nothing when already paused.
    /// One statement, so a domain action may call it in the middle of a transition.
    /// </summary>
    Task PauseDeadlinesAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>
    /// Restarts the SLA clock paused by <see cref="PauseDeadlinesAsync"/>: each open task not yet breached has its deadline
    /// (and deadline timer) moved later by the calendar time it spent paused (from the pause, or from its creation when
    /// it opened during the pause). Nothing when not paused.
    /// </summary>
    Task ResumeDeadlinesAsync(Guid instanceId, CancellationToken cancellationToken);
}
