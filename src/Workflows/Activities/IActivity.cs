using DomatAljandal.Workflows.Definitions;

namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// An activity type. Implementations are registered as singletons (<c>services.AddWorkflowActivity&lt;T&gt;()</c>)
/// and must be stateless: per-execution state lives in <see cref="ActivityExecutionContext"/>.
/// </summary>
public interface IActivity
{
    /// <summary>The type's descriptor (properties, outcomes).</summary>
    ActivityDescriptor Descriptor { get; }

    /// <summary>The outcomes a given activity in a definition can produce.</summary>
    IReadOnlyList<string> GetOutcomes(ActivityDefinition activity)
    {
        if (Descriptor.OutcomesProperty is not { } property) return Descriptor.Outcomes;
        var declared = activity.OutcomesProperty(property).Select(o => o.Id).ToList();
        return declared.Count > 0 ? declared : Descriptor.Outcomes;
    }

    /// <summary>Outcomes of this activity that need no connection.</summary>
    IReadOnlyList<string> GetOptionalOutcomes(ActivityDefinition activity) => Descriptor.OptionalOutcomes ?? [];

    /// <summary>Type-specific validation beyond the descriptor's property checks.</summary>
    IEnumerable<DefinitionValidationError> Validate(ActivityDefinition activity, string path) => [];

    /// <summary>Executes the activity: continue with outcomes, wait on a bookmark, or end the flow.</summary>
    ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken);
}
