using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Workflows.Activities;

/// <summary>An activity that waits on a bookmark and checks the data it is resumed with.</summary>
public interface IResumableActivity : IActivity
{
    /// <summary>
    /// Validates the resume <paramref name="data"/> (throw <see cref="Runtime.InvalidResumeDataException"/>)
    /// and copies what belongs into <paramref name="variables"/>.
    /// </summary>
    void ApplyResume(ActivityDefinition activity, string outcome, JsonObject? data, JsonObject variables);
}
