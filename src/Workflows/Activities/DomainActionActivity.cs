using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Expressions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// Sends a <see cref="DomainActionRequest"/> named <c>action</c> with evaluated <c>inputs</c>; continues with the
/// handler's outcome (<c>Done</c>, or one of the declared <c>outcomes</c>) and sets the variables it returns.
/// </summary>
public sealed class DomainActionActivity : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "DomainAction",
        "Carries out a named domain action through MediatR.",
        [
            new("action", ActivityPropertyKind.Text, true, "The action's name, routed by the host's handler.", CatalogKind.DomainAction),
            new("inputs", ActivityPropertyKind.ExpressionMap, false, "Inputs: name → JavaScript expression."),
            new("outcomes", ActivityPropertyKind.Outcomes, false, "Outcomes the handler may return (default: Done)."),
        ],
        Outcomes: ["Done"],
        OutcomesProperty: "outcomes");

    /// <inheritdoc />
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var action = context.Activity.StringProperty("action")!;
        var request = new DomainActionRequest(action, ActivityInputs.Evaluate(context, "inputs"), context.ToContextInfo());
        var mediator = context.Services.GetRequiredService<IMediator>();
        var result = await mediator.Send(request, cancellationToken) ?? DomainActionResult.Done;

        var outcomes = ((IActivity)this).GetOutcomes(context.Activity);
        if (!outcomes.Contains(result.Outcome))
            throw new InvalidOperationException(
                $"Domain action '{action}' returned outcome '{result.Outcome}', which activity '{context.Activity.Id}' does not declare ({string.Join(", ", outcomes)}).");
        foreach (var (name, value) in result.Variables ?? new Dictionary<string, object?>())
        {
            context.Variables[name] = JsonValues.FromPlain(value);
        }
        return ActivityResult.Continue(result.Outcome);
    }
}
