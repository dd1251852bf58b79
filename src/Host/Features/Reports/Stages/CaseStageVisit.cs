namespace DomatAljandal.Host.Features.Reports.Stages;

/// <summary>
/// One stay of a case in a stage of its procedure (table <c>case_stage_visits</c>): when it entered, when it left (null while
/// it stands there; a case that closed in it left at its closing), and how many of the stage's tasks with a deadline
/// were done, and done in time. Written as the engine reports the stage entered and the task completed, in the same unit
/// of work, so the stage report reads its own indexed rows instead of the engine's journal.
/// </summary>
public sealed class CaseStageVisit
{
    private CaseStageVisit()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string StageId { get; private set; } = "";

    /// <summary>The workflow definition whose stage this is (for its name).</summary>
    public string DefinitionId { get; private set; } = "";

    public int Version { get; private set; }

    public DateTimeOffset EnteredAt { get; private set; }

    public DateTimeOffset? LeftAt { get; private set; }

    /// <summary>Tasks of the stage that had a deadline and were completed.</summary>
    public int TasksWithDeadline { get; private set; }

    /// <summary>Of those, the ones completed by their deadline.</summary>
    public int TasksWithinDeadline { get; private set; }

    public static CaseStageVisit Enter(Guid caseId, string stageId, string definitionId, int version, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        CaseId = caseId,
        StageId = stageId,
        DefinitionId = definitionId,
        Version = version,
        EnteredAt = at,
    };

    public void Leave(DateTimeOffset at) => LeftAt ??= at < EnteredAt ? EnteredAt : at;

    /// <summary>A task of this stage was completed at <paramref name="at"/>; one without a deadline is not counted.</summary>
    public void TaskCompleted(DateTimeOffset? dueAt, DateTimeOffset at)
    {
        if (dueAt is not { } due)
        {
            return;
        }

        TasksWithDeadline++;
        if (at <= due)
        {
            TasksWithinDeadline++;
        }
    }
}
