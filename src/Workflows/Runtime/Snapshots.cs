using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>An instance after an operation: status, open bookmarks, variables and the stage it stands in.</summary>
public sealed record WorkflowInstanceSnapshot(
    Guid InstanceId, string DefinitionId, int Version, WorkflowStatus Status, string? Result,
    IReadOnlyList<BookmarkInfo> Bookmarks, JsonObject Variables, string? CurrentStage = null);

/// <summary>The journal's entries that are not activities (their <see cref="JournalEntryInfo.ActivityId"/>).</summary>
public static class WorkflowJournal
{
    /// <summary>Instance-level events: cancelled, an incident retried, a migration.</summary>
    public const string InstanceActivityId = "$instance";

    /// <summary>A stage entered: the outcome is the stage id, the data's <c>previous</c> the stage left.</summary>
    public const string StageActivityId = "$stage";

    /// <summary>The activity type of a stage entry.</summary>
    public const string StageActivityType = "Stage";
}

/// <summary>Where a stage stands for an instance.</summary>
public enum StageState
{
    /// <summary>The instance went through it (even one it came back from).</summary>
    Done,
    /// <summary>The instance stands in it now.</summary>
    Current,
    /// <summary>The instance passed it by (behind the current stage, or the instance completed without it).</summary>
    Skipped,
    /// <summary>Not reached yet.</summary>
    Ahead,
}

/// <summary>One of the stages of an instance's own definition version, in order, with where the instance stands.</summary>
/// <param name="Id">The stage id.</param>
/// <param name="Name">Its localized name (<c>ar</c>, <c>en</c>), or null.</param>
/// <param name="State">Done, Current, Skipped or Ahead.</param>
/// <param name="EnteredAt">When the instance last entered it, or null.</param>
public sealed record StageProgress(string Id, IReadOnlyDictionary<string, string>? Name, StageState State, DateTimeOffset? EnteredAt);

/// <summary>An instance's stages (from its pinned version) and the one it stands in.</summary>
public sealed record InstanceStages(
    Guid InstanceId, string DefinitionId, int Version, WorkflowStatus Status, string? CurrentStage, IReadOnlyList<StageProgress> Stages);

/// <summary>Where an instance stands, for lists: its version, status, current stage and the events it waits for.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="DefinitionId">Its definition.</param>
/// <param name="Version">Its pinned version.</param>
/// <param name="Status">Its status.</param>
/// <param name="CurrentStage">The stage it stands in, or null.</param>
/// <param name="CurrentStageName">That stage's localized name in the instance's version, or null.</param>
/// <param name="CurrentStageNumber">That stage's position among the version's stages, from 1; null when none.</param>
/// <param name="StageCount">How many stages the version declares.</param>
/// <param name="AwaitedEvents">The events its open WaitForEvent bookmarks wait for.</param>
public sealed record InstancePosition(
    Guid InstanceId, string DefinitionId, int Version, WorkflowStatus Status, string? CurrentStage, IReadOnlyDictionary<string, string>? CurrentStageName,
    int? CurrentStageNumber, int StageCount, IReadOnlyList<string> AwaitedEvents);

/// <summary>An open bookmark: what the instance waits for.</summary>
public sealed record BookmarkInfo(
    Guid Id, string ActivityId, BookmarkKind Kind, string? Role, IReadOnlyList<string> Outcomes,
    DateTimeOffset? DueAt, DateTimeOffset? BreachedAt, string? EventName, DateTimeOffset CreatedAt);

/// <summary>An instance with its journal, incidents and stages (those of its own version, with the ones visited).</summary>
public sealed record WorkflowInstanceDetails(
    WorkflowInstanceSnapshot Instance, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? StartedBy,
    IReadOnlyList<JournalEntryInfo> Journal, IReadOnlyList<IncidentInfo> Incidents, IReadOnlyList<StageProgress> Stages);

/// <summary>One journaled activity execution.</summary>
public sealed record JournalEntryInfo(
    int Sequence, string ActivityId, string ActivityType, string? Outcome, string? Actor, JsonNode? Data,
    DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error);

/// <summary>An incident: a failed activity with its attempts.</summary>
public sealed record IncidentInfo(
    Guid Id, Guid InstanceId, string DefinitionId, string ActivityId, string Error, int Attempts,
    DateTimeOffset? NextAttemptAt, IncidentStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt);

/// <summary>
/// One stored definition version; <paramref name="Source"/> says whether an admin or the shipped file saved it.
/// <paramref name="Warnings"/>, filled when a draft is saved, lists the values the host does not know (publishing
/// refuses them).
/// </summary>
public sealed record DefinitionVersionInfo(
    string DefinitionId, int Version, DefinitionStatus Status, IReadOnlyDictionary<string, string>? Name,
    string ContentHash, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt,
    DefinitionSource Source = DefinitionSource.Admin, IReadOnlyList<DefinitionValidationError>? Warnings = null);

/// <summary>
/// A definition with its latest and published versions; <paramref name="ShippedDraftVersion"/> is a draft from a changed
/// shipped file that waits for an admin (newer than the published version), or null.
/// </summary>
public sealed record DefinitionSummary(
    string DefinitionId, IReadOnlyDictionary<string, string>? Name, int LatestVersion, int? PublishedVersion,
    int? ShippedDraftVersion = null);

/// <summary>What importing one file did.</summary>
public enum ImportOutcome
{
    /// <summary>A new definition, published as version 1.</summary>
    Created,
    /// <summary>Content differed from the latest version: published as a new version.</summary>
    Updated,
    /// <summary>Identical to the last import (or the latest version): nothing done.</summary>
    Unchanged,
    /// <summary>
    /// Content changed, but an admin saved a version since the last import: kept as a draft for an admin to compare and
    /// publish; the published version stays.
    /// </summary>
    Drafted,
    /// <summary>Malformed or invalid: nothing done (see errors).</summary>
    Invalid,
}

/// <summary>The result of importing one definition file.</summary>
public sealed record ImportResult(
    string Source, string? DefinitionId, ImportOutcome Outcome, int? Version, IReadOnlyList<DefinitionValidationError> Errors);
