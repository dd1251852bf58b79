using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DomatAljandal.Workflows.Definitions;

/// <inheritdoc />
internal sealed class WorkflowDefinitionStore(
    WorkflowDbContextAccessor db,
    WorkflowDefinitionValidator validator,
    IWorkflowCatalog catalog,
    TimeProvider time,
    ILogger<WorkflowDefinitionStore> logger) : IWorkflowDefinitionStore
{
    private DbSet<WorkflowDefinitionVersion> Versions => db.Context.Set<WorkflowDefinitionVersion>();

    public IReadOnlyList<DefinitionValidationError> Validate(string json) => validator.Validate(json);

    public async Task<DefinitionVersionInfo> SaveDraftAsync(string json, CancellationToken cancellationToken)
    {
        var definition = ParseValid(json);
        var latest = await LatestAsync(definition.DefinitionId, cancellationToken);
        // A shipped file's draft stays for comparison: an admin's save goes next to it, not over it.
        var row = latest is { Status: DefinitionStatus.Draft, Source: DefinitionSource.Admin }
            ? latest
            : NewVersion(definition.DefinitionId, latest, DefinitionSource.Admin);
        Fill(row, definition);
        await db.SaveAsync(null, cancellationToken);
        var warnings = validator.CheckCatalog(definition, catalog);
        logger.LogInformation("Saved draft {WorkflowDefinitionId} v{Version} with {WarningCount} warning(s)", row.DefinitionId, row.Version, warnings.Count);
        return ToInfo(row) with { Warnings = warnings };
    }

    public async Task<DefinitionVersionInfo> PublishAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var row = await FindAsync(definitionId, version, cancellationToken);
        ParseValid(row.Json, checkCatalog: true);
        await PublishAsync(row, cancellationToken);
        await db.SaveAsync(null, cancellationToken);
        return ToInfo(row);
    }

    public async Task<DefinitionVersionInfo> RetireAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var row = await FindAsync(definitionId, version, cancellationToken);
        if (row.Status != DefinitionStatus.Retired)
        {
            row.Status = DefinitionStatus.Retired;
            row.RetiredAt = time.GetUtcNow().UtcDateTime;
            await db.SaveAsync(null, cancellationToken);
            logger.LogInformation("Retired {WorkflowDefinitionId} v{Version}", definitionId, version);
        }
        return ToInfo(row);
    }

    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await Versions.AsNoTracking()
            .Select(d => new { d.DefinitionId, d.Version, d.Status, d.Source })
            .ToListAsync(cancellationToken);
        var summaries = new List<DefinitionSummary>();
        foreach (var group in rows.GroupBy(r => r.DefinitionId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var latest = group.Max(r => r.Version);
            var published = group.Where(r => r.Status == DefinitionStatus.Published).Select(r => (int?)r.Version).FirstOrDefault();
            var json = await Versions.AsNoTracking().Where(d => d.DefinitionId == group.Key && d.Version == latest)
                .Select(d => d.Json).FirstAsync(cancellationToken);
            var shippedDraft = group.Where(r => r.Status == DefinitionStatus.Draft && r.Source == DefinitionSource.Import
                                                && r.Version > (published ?? 0))
                .Select(r => (int?)r.Version).Max();
            summaries.Add(new DefinitionSummary(group.Key, WorkflowJson.Parse(json).Definition?.Name, latest, published, shippedDraft));
        }
        return summaries;
    }

    public async Task<IReadOnlyList<DefinitionVersionInfo>> GetVersionsAsync(string definitionId, CancellationToken cancellationToken)
    {
        var rows = await Versions.AsNoTracking().Where(d => d.DefinitionId == definitionId)
            .OrderByDescending(d => d.Version).ToListAsync(cancellationToken);
        return rows.Select(ToInfo).ToList();
    }

    public async Task<string?> GetJsonAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var json = await Versions.AsNoTracking().Where(d => d.DefinitionId == definitionId && d.Version == version)
            .Select(d => d.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : WorkflowJson.Serialize(WorkflowJson.Parse(json).Definition!, version);
    }

    public async Task<ImportResult> ImportAsync(string json, string source, CancellationToken cancellationToken,
        DefinitionSource by = DefinitionSource.Import)
    {
        var (definition, parseError) = WorkflowJson.Parse(json);
        if (parseError is not null) return Invalid(source, null, [parseError]);
        var errors = validator.Validate(definition!);
        if (errors.Count == 0) errors = validator.CheckCatalog(definition!, catalog);
        if (errors.Count > 0) return Invalid(source, definition!.DefinitionId, errors);

        var hash = WorkflowJson.ContentHash(definition!);
        var versions = await Versions.Where(d => d.DefinitionId == definition!.DefinitionId)
            .OrderByDescending(d => d.Version).ToListAsync(cancellationToken);
        var latest = versions.FirstOrDefault();
        var lastImport = versions.FirstOrDefault(v => v.Source == DefinitionSource.Import);
        if (new[] { lastImport, latest }.FirstOrDefault(v => v?.ContentHash == hash) is { } same)
            return new ImportResult(source, definition!.DefinitionId, ImportOutcome.Unchanged, same.Version, []);

        // The shipped file may publish only while every version since the last published import is the import's own.
        var lastAppliedImport = versions.FirstOrDefault(v => v.Source == DefinitionSource.Import && v.PublishedAt is not null);
        var lastAdminSave = versions.FirstOrDefault(v => v.Source == DefinitionSource.Admin);
        if (by == DefinitionSource.Import && lastAdminSave is not null && (lastAppliedImport is null || lastAdminSave.Version > lastAppliedImport.Version))
        {
            var draft = latest is { Status: DefinitionStatus.Draft, Source: DefinitionSource.Import }
                ? latest
                : NewVersion(definition!.DefinitionId, latest, DefinitionSource.Import);
            Fill(draft, definition!);
            await db.SaveAsync(null, cancellationToken);
            logger.LogWarning(
                "Shipped {WorkflowDefinitionId} from {Source} changed, but an admin saved v{AdminVersion} since the last import: kept as draft v{Version} for an admin to compare and publish",
                draft.DefinitionId, source, lastAdminSave.Version, draft.Version);
            return new ImportResult(source, draft.DefinitionId, ImportOutcome.Drafted, draft.Version, []);
        }

        var row = NewVersion(definition!.DefinitionId, latest, by);
        Fill(row, definition);
        await PublishAsync(row, cancellationToken);
        await db.SaveAsync(null, cancellationToken);
        logger.LogInformation("Imported {WorkflowDefinitionId} from {Source} as published v{Version}", row.DefinitionId, source, row.Version);
        return new ImportResult(source, row.DefinitionId, latest is null ? ImportOutcome.Created : ImportOutcome.Updated, row.Version, []);
    }

    public async Task<IReadOnlyList<ImportResult>> ImportFolderAsync(string path, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(path))
        {
            logger.LogWarning("Workflow folder {WorkflowsJsonFolder} does not exist; nothing imported", path);
            return [];
        }
        var results = new List<ImportResult>();
        foreach (var file in Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal))
        {
            var result = await ImportAsync(await File.ReadAllTextAsync(file, cancellationToken), Path.GetFileName(file), cancellationToken);
            if (result.Outcome == ImportOutcome.Invalid)
                logger.LogError("Workflow file {Source} is invalid: {Errors}", result.Source,
                    string.Join("; ", result.Errors.Select(e => $"{e.Path} {e.Message}")));
            results.Add(result);
        }
        return results;
    }

    private ImportResult Invalid(string source, string? definitionId, IReadOnlyList<DefinitionValidationError> errors) =>
        new(source, definitionId, ImportOutcome.Invalid, null, errors);

    private WorkflowDefinition ParseValid(string json, bool checkCatalog = false)
    {
        var (definition, parseError) = WorkflowJson.Parse(json);
        if (parseError is not null) throw new WorkflowDefinitionInvalidException([parseError]);
        var errors = validator.Validate(definition!);
        if (errors.Count == 0 && checkCatalog) errors = validator.CheckCatalog(definition!, catalog);
        if (errors.Count > 0) throw new WorkflowDefinitionInvalidException(errors);
        return definition!;
    }

    private async Task PublishAsync(WorkflowDefinitionVersion row, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var published = await Versions
            .Where(d => d.DefinitionId == row.DefinitionId && d.Status == DefinitionStatus.Published && d.Version != row.Version)
            .ToListAsync(cancellationToken);
        foreach (var previous in published)
        {
            previous.Status = DefinitionStatus.Retired;
            previous.RetiredAt = now;
        }
        row.Status = DefinitionStatus.Published;
        row.PublishedAt = now;
        row.RetiredAt = null;
        logger.LogInformation("Published {WorkflowDefinitionId} v{Version}", row.DefinitionId, row.Version);
    }

    private Task<WorkflowDefinitionVersion?> LatestAsync(string definitionId, CancellationToken cancellationToken) =>
        Versions.Where(d => d.DefinitionId == definitionId).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);

    private async Task<WorkflowDefinitionVersion> FindAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        await Versions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, cancellationToken)
        ?? throw new WorkflowNotFoundException($"Workflow definition '{definitionId}' version {version} does not exist.");

    private WorkflowDefinitionVersion NewVersion(string definitionId, WorkflowDefinitionVersion? latest, DefinitionSource source)
    {
        var row = new WorkflowDefinitionVersion
        {
            DefinitionId = definitionId,
            Version = (latest?.Version ?? 0) + 1,
            Status = DefinitionStatus.Draft,
            Source = source,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Context.Add(row);
        return row;
    }

    private static void Fill(WorkflowDefinitionVersion row, WorkflowDefinition definition)
    {
        row.Json = WorkflowJson.Serialize(definition);
        row.ContentHash = WorkflowJson.ContentHash(definition);
    }

    private static DefinitionVersionInfo ToInfo(WorkflowDefinitionVersion row) => new(
        row.DefinitionId, row.Version, row.Status, WorkflowJson.Parse(row.Json).Definition?.Name, row.ContentHash,
        WorkflowEngine.Offset(row.CreatedAt)!.Value, WorkflowEngine.Offset(row.PublishedAt), row.Source);
}
