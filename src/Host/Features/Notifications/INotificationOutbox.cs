namespace DomatAljandal.Host.Features.Notifications;

/// <summary>The one way to send: write the notification into the caller's unit of work, to be sent after it commits.</summary>
public interface INotificationOutbox
{
    /// <summary>
    /// Adds the message to the <see cref="Persistence.AppDbContext"/> without saving, so it commits (or rolls
    /// back) with the caller's change. A message whose deduplication key is already stored or pending is not
    /// added again.
    /// </summary>
    /// <returns>The added message, or null when one with the same key exists.</returns>
    Task<OutboxMessage?> EnqueueAsync(OutgoingNotification notification, CancellationToken cancellationToken = default);
}
