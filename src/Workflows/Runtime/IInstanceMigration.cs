namespace DomatAljandal.Workflows.Runtime;

/// <summary>
/// Moves running instances from one version of a definition to another. Each activity the instances wait at in the
/// old version is mapped to an activity of the same type in the new one (identical ids are mapped automatically);
/// the mapping is validated for every instance before anything changes, applied in one save, and journaled on
/// each instance as <c>$instance</c> / <c>Migrated</c>.
/// </summary>
public interface IInstanceMigration
{
    /// <summary>What a migration would involve: the waiting activities, their candidates and the automatic mapping.</summary>
    /// <exception cref="WorkflowNotFoundException">404: a version does not exist.</exception>
    Task<MigrationPlan> PlanAsync(string definitionId, int fromVersion, int toVersion, CancellationToken cancellationToken);

    /// <summary>Checks a migration without applying it; empty when it can be applied.</summary>
    Task<IReadOnlyList<MigrationError>> ValidateAsync(MigrationRequest request, CancellationToken cancellationToken);

    /// <summary>Applies a migration to every selected active instance, all or nothing.</summary>
    /// <exception cref="InstanceMigrationInvalidException">400: the mapping or an instance does not allow it; nothing changed.</exception>
    /// <exception cref="WorkflowConcurrencyException">409: an instance moved meanwhile; nothing changed.</exception>
    Task<MigrationResult> MigrateAsync(MigrationRequest request, WorkflowActor actor, CancellationToken cancellationToken);
}

/// <summary>A migration to apply.</summary>
/// <param name="DefinitionId">The definition.</param>
/// <param name="FromVersion">The version the instances run on.</param>
/// <param name="ToVersion">The version to move them to (published or retired, not a draft).</param>
/// <param name="ActivityMap">Old waiting activity id → new activity id; identical ids may be left out.</param>
/// <param name="InstanceIds">The instances to move; null for every active instance of <paramref name="FromVersion"/>.</param>
public sealed record MigrationRequest(
    string DefinitionId, int FromVersion, int ToVersion, IReadOnlyDictionary<string, string> ActivityMap,
    IReadOnlyList<Guid>? InstanceIds = null);

/// <summary>What a migration from one version to another involves.</summary>
/// <param name="DefinitionId">The definition.</param>
/// <param name="FromVersion">The old version.</param>
/// <param name="ToVersion">The new version.</param>
/// <param name="Instances">Active instances (test runs excluded) on the old version.</param>
/// <param name="Waiting">The activities those instances wait at.</param>
/// <param name="SuggestedMap">The automatic mapping (identical ids of the same type).</param>
public sealed record MigrationPlan(
    string DefinitionId, int FromVersion, int ToVersion, IReadOnlyList<Guid> Instances,
    IReadOnlyList<WaitingActivity> Waiting, IReadOnlyDictionary<string, string> SuggestedMap);

/// <summary>An activity of the old version that instances wait at, with the new version's activities it may map to.</summary>
public sealed record WaitingActivity(string ActivityId, string Type, int InstanceCount, IReadOnlyList<string> Candidates);

/// <summary>Why a migration cannot be applied.</summary>
/// <param name="ActivityId">The old activity concerned, when the problem is its mapping.</param>
/// <param name="InstanceId">The instance concerned, when the problem is the instance.</param>
/// <param name="Message">Explanation.</param>
public sealed record MigrationError(string? ActivityId, Guid? InstanceId, string Message);

/// <summary>The instances moved.</summary>
public sealed record MigrationResult(string DefinitionId, int FromVersion, int ToVersion, IReadOnlyList<Guid> Migrated);

/// <summary>400: a migration was refused; <see cref="Errors"/> says why. Nothing was changed.</summary>
public sealed class InstanceMigrationInvalidException(IReadOnlyList<MigrationError> errors)
    : WorkflowException(WorkflowErrorKind.Invalid, "The migration is invalid: " + string.Join("; ", errors.Take(5).Select(e => e.Message)))
{
    /// <summary>Every problem found.</summary>
    public IReadOnlyList<MigrationError> Errors { get; } = errors;
}
