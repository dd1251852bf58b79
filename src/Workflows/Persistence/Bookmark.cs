using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>A point where an instance waits (table <c>wf_bookmarks</c>). Consumed exactly once.</summary>
internal sealed class Bookmark
{
    /// <summary>Bookmark id.</summary>
    public Guid Id { get; set; }
    /// <summary>Owning instance.</summary>
    public Guid InstanceId { get; set; }
    /// <summary>The waiting activity.</summary>
    public string ActivityId { get; set; } = "";
    /// <summary>Human task, timer or event.</summary>
    public BookmarkKind Kind { get; set; }
    /// <summary>The role that may resume a human task.</summary>
    public string? Role { get; set; }
    /// <summary>Outcomes it may be resumed with.</summary>
    public List<string> Outcomes { get; set; } = [];
    /// <summary>Deadline (human task) or due time (timer), UTC.</summary>
    public DateTime? DueAt { get; set; }
    /// <summary>When the deadline passed while the task was still open (UTC).</summary>
    public DateTime? BreachedAt { get; set; }
    /// <summary>Event name for event bookmarks.</summary>
    public string? EventName { get; set; }
    /// <summary>Who the task is assigned to / claimed by (optional, set by the host).</summary>
    public string? Assignee { get; set; }
    /// <summary>The votes cast so far on a task that takes several (<c>approvals</c>), as JSON; null otherwise.</summary>
    public string? VotesJson { get; set; }
    /// <summary>Created (UTC).</summary>
    public DateTime CreatedAt { get; set; }
    /// <summary>Consumed (UTC); null while open.</summary>
    public DateTime? ConsumedAt { get; set; }
    /// <summary>Who consumed it.</summary>
    public string? ConsumedBy { get; set; }
    /// <summary>The outcome it was consumed with (Cancelled when the instance ended elsewhere).</summary>
    public string? ConsumedOutcome { get; set; }
}
