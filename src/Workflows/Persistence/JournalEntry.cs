namespace DomatAljandal.Workflows.Persistence;

/// <summary>One activity execution (table <c>wf_journal</c>).</summary>
internal sealed class JournalEntry
{
    /// <summary>Entry id.</summary>
    public Guid Id { get; set; }
    /// <summary>Instance.</summary>
    public Guid InstanceId { get; set; }
    /// <summary>Order within the instance.</summary>
    public int Sequence { get; set; }
    /// <summary>Activity id (or <c>$instance</c> for instance-level events such as cancel).</summary>
    public string ActivityId { get; set; } = "";
    /// <summary>Activity type.</summary>
    public string ActivityType { get; set; } = "";
    /// <summary>Outcome(s) taken, comma-separated; null when it failed.</summary>
    public string? Outcome { get; set; }
    /// <summary>Who acted (user id, or system).</summary>
    public string? Actor { get; set; }
    /// <summary>Data recorded with it (resume data, event data) as JSON.</summary>
    public string? DataJson { get; set; }
    /// <summary>Started (UTC); for waiting activities, when the wait began.</summary>
    public DateTime StartedAt { get; set; }
    /// <summary>Finished (UTC).</summary>
    public DateTime? FinishedAt { get; set; }
    /// <summary>Error message when it failed.</summary>
    public string? Error { get; set; }
}
