using DomatAljandal.Workflows.Activities;

namespace DomatAljandal.Host.Tests.Designer;

/// <summary>An activity type that exists only in the tests: the designer must offer it without any UI change.</summary>
public sealed class StampActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Stamp",
        "Stamps an outgoing letter with the society's seal.",
        [
            new("seal", ActivityPropertyKind.Text, true, "Which seal to use."),
            new("copies", ActivityPropertyKind.Expression, false, "How many copies to stamp."),
            new("holdFor", ActivityPropertyKind.Duration, false, "How long to keep the stamped letter."),
        ],
        Outcomes: ["Stamped", "Refused"]);

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Continue("Stamped"));
}
