using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Workflows.Tasks;

/// <summary>A human task as people see it: names, outcomes with their labels, form and stage from the instance's own version.</summary>
/// <param name="Id">The task id (its bookmark's).</param>
/// <param name="InstanceId">The instance it belongs to.</param>
/// <param name="DefinitionId">The instance's definition.</param>
/// <param name="Version">The instance's pinned version.</param>
/// <param name="ActivityId">The HumanTask activity.</param>
/// <param name="Name">The activity's localized name, or null.</param>
/// <param name="Role">The role that may complete it.</param>
/// <param name="Outcomes">The outcomes to choose from, with their labels (Timeout, the deadline's, is not offered).</param>
/// <param name="Form">The fields to fill.</param>
/// <param name="StageId">The activity's stage, or null.</param>
/// <param name="StageName">The stage's localized name, or null.</param>
/// <param name="ClaimedBy">Who claimed it, or null while in the role's queue.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="DueAt">Its deadline, or null.</param>
/// <param name="BreachedAt">When the deadline passed while it was open (recorded by the deadline timer), or null.</param>
/// <param name="CompletedAt">When it was completed, or null while open.</param>
public sealed record WorkflowTask(
    Guid Id, Guid InstanceId, string DefinitionId, int Version, string ActivityId, IReadOnlyDictionary<string, string>? Name,
    string? Role, IReadOnlyList<OutcomeDefinition> Outcomes, IReadOnlyList<TaskFormField> Form, string? StageId,
    IReadOnlyDictionary<string, string>? StageName, string? ClaimedBy, DateTimeOffset CreatedAt, DateTimeOffset? DueAt,
    DateTimeOffset? BreachedAt, DateTimeOffset? CompletedAt)
{
    /// <summary>How many distinct people vote on the task (1: one person completes it).</summary>
    public int Approvals { get; init; } = 1;

    /// <summary>The votes cast so far on a task that takes several.</summary>
    public IReadOnlyList<TaskVote> Votes { get; init; } = [];

    /// <summary>Whether the deadline passed (recorded, or due by <paramref name="now"/>).</summary>
    public bool IsBreached(DateTimeOffset now) => BreachedAt is not null || (DueAt is { } due && due <= now);
}

/// <summary>A field of a task's form: <c>type</c> is text, number, boolean or date; <c>label</c> keyed by language.</summary>
public sealed record TaskFormField(string Key, string Type, bool Required, IReadOnlyDictionary<string, string>? Label);

/// <summary>A page of tasks: <paramref name="Total"/> counts every match.</summary>
public sealed record TaskPage(IReadOnlyList<WorkflowTask> Items, int Page, int PageSize, int Total);

/// <summary>A count of open tasks of one activity (with its stage, or none), role and claimer: breached and not yet.</summary>
public sealed record TaskCount(
    string DefinitionId, int Version, string ActivityId, string? StageId, IReadOnlyDictionary<string, string>? StageName, string? Role,
    string? ClaimedBy, int Breached, int NotBreached);

/// <summary>How tasks are ordered.</summary>
public enum TaskOrder
{
    /// <summary>By deadline (tasks without one last), then oldest first.</summary>
    Due,
    /// <summary>Oldest first.</summary>
    Created,
}

/// <summary>Which open tasks to list. Every filter given must match; none lists every open task.</summary>
public sealed record TaskQuery
{
    /// <summary>The most tasks on one page.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Tasks of any of these roles.</summary>
    public IReadOnlyCollection<string>? Roles { get; init; }

    /// <summary>Tasks claimed by this person.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>Tasks of these instances.</summary>
    public IReadOnlyCollection<Guid>? InstanceIds { get; init; }

    /// <summary>Tasks with a deadline at or before this time (breached ones included).</summary>
    public DateTimeOffset? DueBefore { get; init; }

    /// <summary>Only breached (true) or only not breached (false) tasks, as of the engine's clock.</summary>
    public bool? Breached { get; init; }

    /// <summary>The order.</summary>
    public TaskOrder Order { get; init; } = TaskOrder.Due;

    /// <summary>The page, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Tasks per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>The count of every matching task when the caller has it already (e.g. from <see cref="IWorkflowTasks.CountAsync"/>): the page is read without counting again.</summary>
    public int? Total { get; init; }
}
