namespace DomatAljandal.Workflows.Runtime;

/// <summary>Read-only views over instances for admins: how many run on each version, and which ones.</summary>
public interface IWorkflowInstanceQueries
{
    /// <summary>Instance counts of a definition per version (test runs counted apart).</summary>
    Task<IReadOnlyList<VersionInstanceCount>> CountByVersionAsync(string definitionId, CancellationToken cancellationToken);

    /// <summary>One instance's summary, or null when it does not exist.</summary>
    Task<InstanceSummary?> FindAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>Where each of the given instances stands (unknown ids are left out): version, status, current stage and its name.</summary>
    Task<IReadOnlyDictionary<Guid, InstancePosition>> PositionsAsync(IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken);

    /// <summary>The bookmark of the instance consumed last (the latest wait that ended), or null when none has been.</summary>
    Task<Guid?> LastConsumedBookmarkAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>A definition's instances, newest first, optionally of one version and only active ones (running or faulted).</summary>
    Task<IReadOnlyList<InstanceSummary>> ListAsync(string definitionId, int? version, bool activeOnly, CancellationToken cancellationToken);
}

/// <summary>How many instances run on (or finished on) one version.</summary>
/// <param name="Version">The definition version.</param>
/// <param name="Active">Running or faulted, excluding test runs.</param>
/// <param name="Finished">Completed or cancelled, excluding test runs.</param>
/// <param name="TestRuns">Designer test runs, any status.</param>
public sealed record VersionInstanceCount(int Version, int Active, int Finished, int TestRuns);

/// <summary>One instance in a list: where it waits and whether it is a test run.</summary>
public sealed record InstanceSummary(
    Guid InstanceId, string DefinitionId, int Version, WorkflowStatus Status, string? Result, bool IsTestRun,
    IReadOnlyList<string> WaitingAt, string? StartedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
