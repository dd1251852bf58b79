namespace DomatAljandal.Workflows.Persistence;

/// <summary>What a durable timer does when it fires.</summary>
internal enum TimerKind
{
    /// <summary>Resume a Timer activity's bookmark.</summary>
    Delay,
    /// <summary>A human task's deadline: record the breach, publish DeadlineBreached, maybe take Timeout.</summary>
    Deadline,
    /// <summary>Retry the activity of an open incident.</summary>
    IncidentRetry,
    /// <summary>An event wait's reminder: send its <c>reminderTemplate</c>.</summary>
    Reminder,
    /// <summary>An event wait's <c>lapse</c>: end the wait with the outcome Lapsed.</summary>
    Lapse,
}

/// <summary>
/// A timer stored in the database (table <c>wf_timers</c>). Nodes claim due timers with a lease and fire
/// each in its own transaction that also sets <see cref="FiredAt"/>, so it fires exactly once.
/// </summary>
internal sealed class DurableTimer
{
    /// <summary>Timer id.</summary>
    public Guid Id { get; set; }
    /// <summary>Owning instance.</summary>
    public Guid InstanceId { get; set; }
    /// <summary>The bookmark it resumes, breaches, reminds or lapses (Delay, Deadline, Reminder, Lapse).</summary>
    public Guid? BookmarkId { get; set; }
    /// <summary>The incident it retries (IncidentRetry).</summary>
    public Guid? IncidentId { get; set; }
    /// <summary>What it does.</summary>
    public TimerKind Kind { get; set; }
    /// <summary>Due (UTC).</summary>
    public DateTime DueAt { get; set; }
    /// <summary>Fired (UTC); null while pending.</summary>
    public DateTime? FiredAt { get; set; }
    /// <summary>Node holding the claim.</summary>
    public string? ClaimedBy { get; set; }
    /// <summary>Claim lease end (UTC); after it another node may claim.</summary>
    public DateTime? ClaimedUntil { get; set; }
}
