using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Expressions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Workflows.Activities;

/// <summary>Sends a <see cref="SendNotificationRequest"/> (templated email, letter or SMS); outcome <c>Done</c>.</summary>
public sealed class SendNotificationActivity : IActivity
{
    /// <summary>The channels a notification can use.</summary>
    public static readonly IReadOnlyList<string> Channels = ["Email", "Letter", "Sms"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "SendNotification",
        "Sends a templated email, letter or SMS through MediatR.",
        [
            new("template", ActivityPropertyKind.Text, true, "Template name."),
            new("channel", ActivityPropertyKind.Text, true, "Email, Letter or Sms."),
            new("recipient", ActivityPropertyKind.Expression, false, "Expression giving the recipient (address, mobile or member id)."),
            new("inputs", ActivityPropertyKind.ExpressionMap, false, "Template inputs: name → JavaScript expression."),
        ],
        Outcomes: ["Done"]);

    /// <inheritdoc />
    public IEnumerable<DefinitionValidationError> Validate(ActivityDefinition activity, string path)
    {
        if (activity.StringProperty("channel") is { } channel && !Channels.Contains(channel))
            yield return new($"{path}.channel", ValidationCodes.InvalidProperty, $"Channel '{channel}' is not one of: {string.Join(", ", Channels)}.");
    }

    /// <inheritdoc />
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var recipient = activity.StringProperty("recipient") is { } expression
            ? JsonValues.ToPlain(context.Evaluate(expression))?.ToString()
            : null;
        var request = new SendNotificationRequest(activity.StringProperty("template")!, activity.StringProperty("channel")!,
            recipient, ActivityInputs.Evaluate(context, "inputs"), context.ToContextInfo());
        await context.Services.GetRequiredService<IMediator>().Send(request, cancellationToken);
        return ActivityResult.Continue("Done");
    }
}
