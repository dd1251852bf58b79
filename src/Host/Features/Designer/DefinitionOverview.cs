using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Host.Features.Designer;

/// <summary>A definition as the list shows it: its versions by status and how many instances run on each.</summary>
public sealed record DefinitionOverview(
    string DefinitionId, IReadOnlyDictionary<string, string>? Name, IReadOnlyList<DefinitionVersionInfo> Versions,
    IReadOnlyList<VersionInstanceCount> Instances)
{
    public int? Published => Versions.FirstOrDefault(v => v.Status == DefinitionStatus.Published)?.Version;

    public IReadOnlyList<int> Drafts => Versions.Where(v => v.Status == DefinitionStatus.Draft).Select(v => v.Version).ToList();

    public IReadOnlyList<int> Retired => Versions.Where(v => v.Status == DefinitionStatus.Retired).Select(v => v.Version).ToList();

    public int Latest => Versions.Count > 0 ? Versions.Max(v => v.Version) : 0;

    public VersionInstanceCount? CountFor(int version) => Instances.FirstOrDefault(i => i.Version == version);

    public static async Task<IReadOnlyList<DefinitionOverview>> ListAsync(IWorkflowDefinitionStore store, IWorkflowInstanceQueries instances,
        CancellationToken cancellationToken)
    {
        var result = new List<DefinitionOverview>();
        foreach (var summary in await store.ListAsync(cancellationToken))
        {
            var versions = await store.GetVersionsAsync(summary.DefinitionId, cancellationToken);
            var counts = await instances.CountByVersionAsync(summary.DefinitionId, cancellationToken);
            result.Add(new DefinitionOverview(summary.DefinitionId, summary.Name, versions, counts));
        }
        return result;
    }
}
