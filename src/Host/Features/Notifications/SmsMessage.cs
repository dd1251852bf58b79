namespace DomatAljandal.Host.Features.Notifications;

/// <summary>One text message for the gateway.</summary>
/// <param name="To">Mobile number in E.164 form, e.g. +966501234567.</param>
/// <param name="Text">The message.</param>
/// <param name="Reference">The outbox message id, so the gateway (and its reports) can recognize a repeat.</param>
public sealed record SmsMessage(string To, string Text, string Reference);
