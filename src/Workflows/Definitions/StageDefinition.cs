namespace DomatAljandal.Workflows.Definitions;

/// <summary>
/// One stage of a procedure, declared in order in the definition's <c>stages</c> (e.g. receive, verify, committee).
/// Activities belong to a stage through their <c>stage</c>; the host's trackers read the stages of the instance's own
/// version, so an admin adds or renames a stage without a deploy.
/// </summary>
public sealed class StageDefinition
{
    /// <summary>Stable id within the definition, e.g. <c>committee</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Localized display name, keyed by language (<c>ar</c>, <c>en</c>).</summary>
    public Dictionary<string, string>? Name { get; set; }
}
