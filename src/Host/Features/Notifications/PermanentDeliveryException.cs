namespace DomatAljandal.Host.Features.Notifications;

/// <summary>
/// The server refused the message itself (a malformed or unknown recipient, a rejected text): retrying cannot
/// help, so the outbox gives up on it at once instead of after every attempt.
/// </summary>
public sealed class PermanentDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
