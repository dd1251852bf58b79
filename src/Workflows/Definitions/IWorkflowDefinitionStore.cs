using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Workflows.Definitions;

/// <summary>
/// Definition versions: drafts, one published version per definition, retired versions; import and export.
/// Every method saves through the host's DbContext (joining its transaction when one is open).
/// </summary>
public interface IWorkflowDefinitionStore
{
    /// <summary>Validates JSON without saving; empty when valid.</summary>
    IReadOnlyList<DefinitionValidationError> Validate(string json);

    /// <summary>
    /// Saves an admin's JSON as a draft: replaces the latest version when that is an admin's draft, otherwise adds a new
    /// version (a shipped file's pending draft is kept). Values the host's <see cref="IWorkflowCatalog"/> does not know
    /// do not stop the save: they come back as <see cref="DefinitionVersionInfo.Warnings"/>.
    /// </summary>
    /// <exception cref="WorkflowDefinitionInvalidException">400 with every validation error.</exception>
    Task<DefinitionVersionInfo> SaveDraftAsync(string json, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes a version (validating it again, and refusing a value the host's <see cref="IWorkflowCatalog"/> does not
    /// know); the previously published version is retired.
    /// </summary>
    /// <exception cref="WorkflowNotFoundException">404.</exception>
    /// <exception cref="WorkflowDefinitionInvalidException">400.</exception>
    Task<DefinitionVersionInfo> PublishAsync(string definitionId, int version, CancellationToken cancellationToken);

    /// <summary>Retires a version: no new instances start from it; running instances continue.</summary>
    /// <exception cref="WorkflowNotFoundException">404.</exception>
    Task<DefinitionVersionInfo> RetireAsync(string definitionId, int version, CancellationToken cancellationToken);

    /// <summary>All definitions with their latest and published versions.</summary>
    Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>A definition's versions, newest first (empty when unknown).</summary>
    Task<IReadOnlyList<DefinitionVersionInfo>> GetVersionsAsync(string definitionId, CancellationToken cancellationToken);

    /// <summary>Export: the version's JSON with <c>version</c> stamped; re-importing it is a no-op. Null when unknown.</summary>
    Task<string?> GetJsonAsync(string definitionId, int version, CancellationToken cancellationToken);

    /// <summary>
    /// Imports one shipped definition; it never overwrites an admin. New → published v1. Content (ignoring
    /// <c>version</c> and formatting) identical to the last import or to the latest version → nothing. Otherwise, while
    /// nobody has saved a version since the last published import → published as a new version; else saved as a draft
    /// (<see cref="DefinitionSource.Import"/>, replacing an earlier shipped draft still pending) and logged, for an admin to
    /// compare and publish. Invalid content changes nothing. With <paramref name="by"/> = <see cref="DefinitionSource.Admin"/>
    /// (an admin uploading a file) a change is always published, as the admin's.
    /// </summary>
    Task<ImportResult> ImportAsync(string json, string source, CancellationToken cancellationToken,
        DefinitionSource by = DefinitionSource.Import);

    /// <summary>Imports every <c>*.json</c> of a folder (ordered by file name).</summary>
    Task<IReadOnlyList<ImportResult>> ImportFolderAsync(string path, CancellationToken cancellationToken);
}
