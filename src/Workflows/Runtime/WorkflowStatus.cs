namespace DomatAljandal.Workflows.Runtime;

/// <summary>Lifecycle of a workflow instance.</summary>
public enum WorkflowStatus
{
    /// <summary>Executing or waiting on bookmarks (also while an incident awaits an automatic retry).</summary>
    Running,
    /// <summary>Reserved for an administrative pause; the engine itself does not suspend instances yet.</summary>
    Suspended,
    /// <summary>An End activity was reached.</summary>
    Completed,
    /// <summary>An activity failed after its last automatic attempt; an admin retries or cancels the incident.</summary>
    Faulted,
    /// <summary>Cancelled by an admin.</summary>
    Cancelled,
}
