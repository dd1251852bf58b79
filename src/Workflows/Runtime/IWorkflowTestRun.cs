using System.Text.Json.Nodes;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>
/// Throw-away runs of any version, drafts included, for the designer. A test-run instance is marked
/// <c>IsTestRun</c> (kept out of inboxes and counts), its domain actions and notifications are simulated (journaled,
/// never sent), nothing is published to the host, and no durable timers are set: the admin clicks every outcome,
/// including <c>Timeout</c> and a timer's <c>Done</c>.
/// </summary>
public interface IWorkflowTestRun
{
    /// <summary>Starts a test run of a version; <paramref name="input"/> becomes its variables.</summary>
    /// <exception cref="WorkflowNotFoundException">404: no such version.</exception>
    Task<WorkflowInstanceSnapshot> StartAsync(string definitionId, int version, JsonObject? input, WorkflowActor actor, CancellationToken cancellationToken);

    /// <summary>Resumes any open bookmark of a test run with one of its outcomes (no role check).</summary>
    /// <exception cref="WorkflowNotFoundException">404: not a test run, or no such open bookmark.</exception>
    /// <exception cref="UndeclaredOutcomeException">400.</exception>
    Task<WorkflowInstanceSnapshot> ResumeAsync(Guid instanceId, Guid bookmarkId, string outcome, JsonObject? data, WorkflowActor actor,
        CancellationToken cancellationToken);
}
