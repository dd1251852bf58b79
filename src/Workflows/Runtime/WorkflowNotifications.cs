using MediatR;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>
/// Published when a human task's deadline passes. Handlers run inside the engine's unit of work,
/// so their writes commit with the transition.
/// </summary>
public sealed record DeadlineBreached(
    Guid InstanceId, string DefinitionId, Guid BookmarkId, string ActivityId, string? Role,
    DateTimeOffset DueAt, DateTimeOffset BreachedAt, bool TimeoutTaken) : INotification;

/// <summary>Published when an instance reaches an End activity.</summary>
public sealed record WorkflowCompleted(Guid InstanceId, string DefinitionId, int Version, string Result) : INotification;

/// <summary>Published when an instance starts waiting on a bookmark (a task inbox can list it).</summary>
public sealed record BookmarkCreated(
    Guid InstanceId, string DefinitionId, Guid BookmarkId, string ActivityId, BookmarkKind Kind, string? Role,
    IReadOnlyList<string> Outcomes, DateTimeOffset? DueAt) : INotification;

/// <summary>Published when an activity failed its last automatic attempt and the instance is Faulted.</summary>
public sealed record WorkflowFaulted(Guid InstanceId, string DefinitionId, string ActivityId, Guid IncidentId, string Error) : INotification;

/// <summary>
/// Published when an instance enters a stage of its definition (an activity of another stage than the current one is
/// about to run). Published at once, inside the unit of work and before that activity runs, so the host's record stands
/// in the stage before the stage's own actions run on it; a handler's failure becomes an incident of that activity.
/// </summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">Its definition.</param>
/// <param name="Version">Its pinned version (whose <c>stages</c> declare <paramref name="StageId"/>).</param>
/// <param name="StageId">The stage entered.</param>
/// <param name="PreviousStageId">The stage it left, or null for the first.</param>
public sealed record StageEntered(Guid InstanceId, string DefinitionId, int Version, string StageId, string? PreviousStageId) : INotification;

/// <summary>
/// Published when a human task is completed (by a person, or by its deadline's <c>Timeout</c>), at once and inside the
/// unit of work, before the flow continues: what the task decided is the host's to record, whatever nodes follow.
/// A handler's failure fails the completion.
/// </summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">Its definition.</param>
/// <param name="Version">Its pinned version.</param>
/// <param name="TaskId">The task (bookmark) completed.</param>
/// <param name="ActivityId">The HumanTask activity.</param>
/// <param name="StageId">The activity's stage, or null.</param>
/// <param name="Outcome">The outcome chosen.</param>
/// <param name="Data">The form data given (a copy).</param>
/// <param name="Actor">Who completed it (<c>system</c> for a timeout).</param>
public sealed record TaskCompleted(
    Guid InstanceId, string DefinitionId, int Version, Guid TaskId, string ActivityId, string? StageId, string Outcome,
    System.Text.Json.Nodes.JsonObject? Data, string Actor) : INotification
{
    /// <summary>
    /// The votes of a task that took several (<c>approvals</c>), the deciding one last: who took part, what each chose and
    /// why. Empty for a task one person completes.
    /// </summary>
    public IReadOnlyList<Tasks.TaskVote> Votes { get; init; } = [];

    /// <summary>The task's deadline when it was completed (after any pause moved it), or null when it had none.</summary>
    public DateTimeOffset? DueAt { get; init; }
}
