namespace DomatAljandal.Workflows.Definitions;

/// <summary>Who saved a definition version: an admin (designer or API) or the start-up import of a shipped file.</summary>
public enum DefinitionSource
{
    /// <summary>Saved by a person, through the designer or <c>POST /api/workflows/definitions</c>.</summary>
    Admin,
    /// <summary>Saved by the import of a shipped file (<see cref="WorkflowEngineOptions.WorkflowsJsonFolder"/>).</summary>
    Import,
}
