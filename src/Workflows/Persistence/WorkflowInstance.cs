using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>A running or finished workflow instance (table <c>wf_instances</c>).</summary>
internal sealed class WorkflowInstance
{
    /// <summary>Instance id.</summary>
    public Guid Id { get; set; }
    /// <summary>Definition id.</summary>
    public string DefinitionId { get; set; } = "";
    /// <summary>The version the instance is pinned to.</summary>
    public int Version { get; set; }
    /// <summary>Lifecycle status.</summary>
    public WorkflowStatus Status { get; set; }
    /// <summary>The End activity's result once completed (e.g. Completed, Rejected).</summary>
    public string? Result { get; set; }
    /// <summary>Variables as a JSON object.</summary>
    public string VariablesJson { get; set; } = "{}";
    /// <summary>Optimistic concurrency token, incremented on every save of a transition.</summary>
    public int Revision { get; set; }
    /// <summary>Journal sequence counter, for ordering journal entries.</summary>
    public int JournalSequence { get; set; }
    /// <summary>A designer's throw-away run (of a draft): kept out of inboxes, its side effects simulated.</summary>
    public bool IsTestRun { get; set; }
    /// <summary>Who started it.</summary>
    public string? StartedBy { get; set; }
    /// <summary>Created (UTC).</summary>
    public DateTime CreatedAt { get; set; }
    /// <summary>Last changed (UTC).</summary>
    public DateTime UpdatedAt { get; set; }
    /// <summary>Completed, faulted for good, or cancelled (UTC).</summary>
    public DateTime? FinishedAt { get; set; }
    /// <summary>The stage (of the definition's <c>stages</c>) the instance last entered; null before its first.</summary>
    public string? CurrentStage { get; set; }
    /// <summary>
    /// Since when the SLA clock of the instance's open human tasks is paused (the host's case waits on the member), UTC;
    /// null while it runs. See <see cref="Tasks.IWorkflowTasks.PauseDeadlinesAsync"/>.
    /// </summary>
    public DateTime? DeadlinesPausedAt { get; set; }
}
