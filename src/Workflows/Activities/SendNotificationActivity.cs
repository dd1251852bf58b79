using DomatAljandal.Workflows.Definitions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// Sends a <see cref="SendNotificationRequest"/>: the host renders <c>template</c> with the evaluated <c>inputs</c> and
/// decides who receives it and on which channel (the host's rule, e.g. the case's member on their preferred channel);
/// outcome <c>Done</c>.
/// </summary>
public sealed class SendNotificationActivity : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "SendNotification",
        "Sends a templated notification through MediatR; the host chooses the recipient and the channel.",
        [
            new("template", ActivityPropertyKind.Text, true, "Template name.", CatalogKind.NotificationTemplate),
            new("inputs", ActivityPropertyKind.ExpressionMap, false, "Template inputs: name → JavaScript expression."),
        ],
        Outcomes: ["Done"]);

    /// <inheritdoc />
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var request = new SendNotificationRequest(context.Activity.StringProperty("template")!,
            ActivityInputs.Evaluate(context, "inputs"), context.ToContextInfo());
        await context.Services.GetRequiredService<IMediator>().Send(request, cancellationToken);
        return ActivityResult.Continue("Done");
    }
}
