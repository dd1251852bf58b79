namespace DomatAljandal.Workflows.Definitions;

/// <summary>Lifecycle of a definition version.</summary>
public enum DefinitionStatus
{
    /// <summary>Editable; instances cannot start from it.</summary>
    Draft,
    /// <summary>The one version new instances start from.</summary>
    Published,
    /// <summary>No longer used for new instances; running instances continue on it.</summary>
    Retired,
}
