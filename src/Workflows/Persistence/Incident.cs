using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>A failed activity awaiting retry or an admin (table <c>wf_incidents</c>).</summary>
internal sealed class Incident
{
    /// <summary>Incident id.</summary>
    public Guid Id { get; set; }
    /// <summary>Instance.</summary>
    public Guid InstanceId { get; set; }
    /// <summary>Definition id (for listing).</summary>
    public string DefinitionId { get; set; } = "";
    /// <summary>The failing activity.</summary>
    public string ActivityId { get; set; } = "";
    /// <summary>Last error.</summary>
    public string Error { get; set; } = "";
    /// <summary>Attempts made so far.</summary>
    public int Attempts { get; set; }
    /// <summary>Next automatic attempt (UTC); null when exhausted or closed.</summary>
    public DateTime? NextAttemptAt { get; set; }
    /// <summary>Open, Resolved, Cancelled.</summary>
    public IncidentStatus Status { get; set; }
    /// <summary>Created (UTC).</summary>
    public DateTime CreatedAt { get; set; }
    /// <summary>Resolved or cancelled (UTC).</summary>
    public DateTime? ClosedAt { get; set; }
}
