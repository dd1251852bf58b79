using DomatAljandal.Workflows.Definitions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// Sends an <see cref="IssueLetterRequest"/>: the host issues a letter of the kind named by <c>letter</c> (one of its
/// letter kinds), fills its wording with the evaluated <c>inputs</c>, numbers it and records it; outcome <c>Done</c>.
/// </summary>
public sealed class IssueLetterActivity : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "IssueLetter",
        "Issues a numbered letter of the given kind through MediatR; the host words it from its template and records it.",
        [
            new("letter", ActivityPropertyKind.Text, true, "The letter kind.", CatalogKind.LetterKind),
            new("inputs", ActivityPropertyKind.ExpressionMap, false, "Values for the letter's wording: name → JavaScript expression."),
        ],
        Outcomes: ["Done"]);

    /// <inheritdoc />
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var request = new IssueLetterRequest(context.Activity.StringProperty("letter")!,
            ActivityInputs.Evaluate(context, "inputs"), context.ToContextInfo());
        await context.Services.GetRequiredService<IMediator>().Send(request, cancellationToken);
        return ActivityResult.Continue("Done");
    }
}
