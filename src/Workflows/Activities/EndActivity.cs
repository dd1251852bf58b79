namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// Ends the instance with <c>result</c> (Completed, Rejected, Cancelled …; default Completed). Any other
/// open bookmarks of the instance are cancelled (terminate semantics).
/// </summary>
public sealed class EndActivity : IActivity
{
    /// <summary>The result when none is given.</summary>
    public const string DefaultResult = "Completed";

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "End",
        "Ends the instance with a result.",
        [new("result", ActivityPropertyKind.Text, false, "The instance's result, e.g. Completed or Rejected.")],
        Outcomes: []);

    /// <inheritdoc />
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.End(context.Activity.StringProperty("result") ?? DefaultResult));
}
