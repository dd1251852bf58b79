using DomatAljandal.Workflows.Runtime;
using MediatR;

namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// Sent by a SendNotification activity. The host registers one handler that renders <see cref="Template"/>, chooses
/// the recipient and the channel by its own rule, and enqueues it (e.g. in its outbox, in the same transaction).
/// </summary>
/// <param name="Template">Template name from the definition.</param>
/// <param name="Inputs">Evaluated template inputs.</param>
/// <param name="Context">The workflow context.</param>
public sealed record SendNotificationRequest(
    string Template, IReadOnlyDictionary<string, object?> Inputs, WorkflowContextInfo Context)
    : IRequest<Unit>;
