using DomatAljandal.Workflows.Expressions;

namespace DomatAljandal.Workflows;

/// <summary>Options of the workflow engine (configure through <c>AddWorkflowEngine</c>; validated on start).</summary>
public sealed class WorkflowEngineOptions
{
    /// <summary>How often the scheduler looks for due timers. Default 1 s.</summary>
    public TimeSpan SchedulerPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether the background scheduler runs in this process. Default true.</summary>
    public bool EnableScheduler { get; set; } = true;

    /// <summary>How many due timers a node claims at a time. Default 100.</summary>
    public int TimerBatchSize { get; set; } = 100;

    /// <summary>How long a claim lasts before another node may take the timer over. Default 30 s.</summary>
    public TimeSpan TimerClaimLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts (the first included) before an incident faults the instance. Default 3.</summary>
    public int IncidentMaxAttempts { get; set; } = 3;

    /// <summary>Delay before the first automatic retry; doubled for each further attempt. Default 30 s.</summary>
    public TimeSpan IncidentBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Activities executed in one burst before the instance faults (guards against endless loops). Default 1,000.</summary>
    public int MaxStepsPerBurst { get; set; } = 1_000;

    /// <summary>Expression sandbox limits.</summary>
    public ExpressionLimits Expressions { get; set; } = new();

    /// <summary>This node's id, recorded on timer claims. Default machine-pid-random.</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Roles that may release a task claimed by someone else (e.g. managers). Default none.</summary>
    public IReadOnlyCollection<string> TaskSupervisorRoles { get; set; } = [];

    /// <summary>Folder whose <c>*.json</c> definitions are imported at start-up (null: none).</summary>
    public string? WorkflowsJsonFolder { get; set; }

    internal IEnumerable<string> Problems()
    {
        if (SchedulerPollInterval <= TimeSpan.Zero) yield return "SchedulerPollInterval must be positive.";
        if (TimerBatchSize < 1) yield return "TimerBatchSize must be at least 1.";
        if (TimerClaimLease <= TimeSpan.Zero) yield return "TimerClaimLease must be positive.";
        if (IncidentMaxAttempts < 1) yield return "IncidentMaxAttempts must be at least 1.";
        if (IncidentBackoff < TimeSpan.Zero) yield return "IncidentBackoff must not be negative.";
        if (MaxStepsPerBurst < 1) yield return "MaxStepsPerBurst must be at least 1.";
        if (string.IsNullOrWhiteSpace(NodeId)) yield return "NodeId is required.";
    }
}
