using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>An instance after an operation: status, open bookmarks, variables.</summary>
public sealed record WorkflowInstanceSnapshot(
    Guid InstanceId, string DefinitionId, int Version, WorkflowStatus Status, string? Result,
    IReadOnlyList<BookmarkInfo> Bookmarks, JsonObject Variables);

/// <summary>An open bookmark: what the instance waits for.</summary>
public sealed record BookmarkInfo(
    Guid Id, string ActivityId, BookmarkKind Kind, string? Role, IReadOnlyList<string> Outcomes,
    DateTimeOffset? DueAt, DateTimeOffset? BreachedAt, string? EventName, DateTimeOffset CreatedAt);

/// <summary>An instance with its journal and incidents.</summary>
public sealed record WorkflowInstanceDetails(
    WorkflowInstanceSnapshot Instance, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? StartedBy,
    IReadOnlyList<JournalEntryInfo> Journal, IReadOnlyList<IncidentInfo> Incidents);

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
