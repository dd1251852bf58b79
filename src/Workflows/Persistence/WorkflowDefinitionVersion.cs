using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Workflows.Persistence;

/// <summary>One stored version of a definition (table <c>wf_definitions</c>).</summary>
internal sealed class WorkflowDefinitionVersion
{
    /// <summary>Definition id.</summary>
    public string DefinitionId { get; set; } = "";
    /// <summary>Version number, from 1.</summary>
    public int Version { get; set; }
    /// <summary>Draft, Published or Retired.</summary>
    public DefinitionStatus Status { get; set; }
    /// <summary>The definition JSON as the engine serializes it (without version).</summary>
    public string Json { get; set; } = "";
    /// <summary>SHA-256 of the canonical content, used by import to detect changes.</summary>
    public string ContentHash { get; set; } = "";
    /// <summary>Who saved it: an admin or the import of a shipped file (decides whether a changed shipped file may publish).</summary>
    public DefinitionSource Source { get; set; } = DefinitionSource.Admin;
    /// <summary>When saved (UTC).</summary>
    public DateTime CreatedAt { get; set; }
    /// <summary>When last published (UTC).</summary>
    public DateTime? PublishedAt { get; set; }
    /// <summary>When retired (UTC).</summary>
    public DateTime? RetiredAt { get; set; }
}
