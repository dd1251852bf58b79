namespace DomatAljandal.Workflows.Runtime;

/// <summary>State of an incident.</summary>
public enum IncidentStatus
{
    /// <summary>The activity failed; retries pending or exhausted.</summary>
    Open,
    /// <summary>A retry succeeded.</summary>
    Resolved,
    /// <summary>An admin cancelled it (and the instance).</summary>
    Cancelled,
}
