namespace DomatAljandal.Workflows.Activities;

/// <summary>Evaluates <c>condition</c> over the variables and continues with <c>True</c> or <c>False</c>.</summary>
public sealed class DecisionActivity : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "Decision",
        "Branches on a condition over the variables.",
        [new("condition", ActivityPropertyKind.Expression, true, "JavaScript expression, e.g. variables.amount > 1000.")],
        Outcomes: ["True", "False"]);

    /// <inheritdoc />
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var condition = context.Activity.StringProperty("condition")!;
        var result = context.Expressions.EvaluateCondition(condition, context.Variables);
        return ValueTask.FromResult(ActivityResult.Continue(result ? "True" : "False"));
    }
}
