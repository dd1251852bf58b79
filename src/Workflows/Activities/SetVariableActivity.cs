namespace DomatAljandal.Workflows.Activities;

/// <summary>Sets <c>variable</c> to the value of the expression <c>value</c>; outcome <c>Done</c>.</summary>
public sealed class SetVariableActivity : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "SetVariable",
        "Sets a variable to the value of an expression.",
        [
            new("variable", ActivityPropertyKind.Text, true, "The variable's name."),
            new("value", ActivityPropertyKind.Expression, true, "JavaScript expression, e.g. variables.attempts + 1 or 'approved'."),
        ],
        Outcomes: ["Done"]);

    /// <inheritdoc />
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        context.Variables[activity.StringProperty("variable")!] = context.Evaluate(activity.StringProperty("value")!);
        return ValueTask.FromResult(ActivityResult.Continue("Done"));
    }
}
