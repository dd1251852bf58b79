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

    /// <summary>
    /// The open event waits of running instances (designer test runs left out), longest waiting first: what each waits
    /// for, since when, and when it lapses. At most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<EventWait>> EventWaitsAsync(int limit, CancellationToken cancellationToken);

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

/// <summary>An instance waiting for an event (e.g. a member's reply).</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">Its definition.</param>
/// <param name="Version">Its version.</param>
/// <param name="ActivityId">The WaitForEvent activity.</param>
/// <param name="EventName">The event it waits for.</param>
/// <param name="Since">When the wait began.</param>
/// <param name="LapsesAt">When it lapses (its <c>lapse</c>), or null.</param>
public sealed record EventWait(Guid InstanceId, string DefinitionId, int Version, string ActivityId, string? EventName, DateTimeOffset Since,
    DateTimeOffset? LapsesAt);
