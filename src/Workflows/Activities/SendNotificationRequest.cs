using DomatAljandal.Workflows.Runtime;
using MediatR;

namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// Sent by a SendNotification activity: a templated email, letter or SMS. The host registers one handler
/// that renders <see cref="Template"/> and enqueues it (e.g. in its outbox, in the same transaction).
/// </summary>
/// <param name="Template">Template name from the definition.</param>
/// <param name="Channel">Email, Letter or Sms.</param>
/// <param name="Recipient">The evaluated <c>recipient</c> expression (e.g. an address or member id), or null for the host's default.</param>
/// <param name="Inputs">Evaluated template inputs.</param>
/// <param name="Context">The workflow context.</param>
public sealed record SendNotificationRequest(
    string Template, string Channel, string? Recipient, IReadOnlyDictionary<string, object?> Inputs, WorkflowContextInfo Context)
    : IRequest<Unit>;
