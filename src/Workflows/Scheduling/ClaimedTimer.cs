using DomatAljandal.Workflows.Persistence;

namespace DomatAljandal.Workflows.Scheduling;

/// <summary>A timer this node claimed, as the claim statement returned it (so firing need not read it again).</summary>
internal sealed class ClaimedTimer
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid? BookmarkId { get; set; }
    public Guid? IncidentId { get; set; }
    public string Kind { get; set; } = "";
    public DateTime DueAt { get; set; }

    public TimerKind TimerKind => Enum.Parse<TimerKind>(Kind);
}
