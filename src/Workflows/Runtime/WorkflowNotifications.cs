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
