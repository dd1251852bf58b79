using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Notifications;

/// <inheritdoc />
public sealed class NotificationOutbox(AppDbContext db, TimeProvider clock, ILogger<NotificationOutbox> logger) : INotificationOutbox
{
    public async Task<OutboxMessage?> EnqueueAsync(OutgoingNotification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var messages = db.Set<OutboxMessage>();
        var key = notification.DeduplicationKey;
        if (messages.Local.Any(m => m.DeduplicationKey == key)
            || await messages.AnyAsync(m => m.DeduplicationKey == key, cancellationToken))
        {
            logger.LogInformation("Notification {DeduplicationKey} is already in the outbox; not queued again", key);
            return null;
        }

        var message = OutboxMessage.Create(notification.Channel, notification.Recipient, notification.Language, notification.TemplateKey,
            notification.Content, key, notification.CaseId, clock.GetUtcNow().UtcDateTime);
        messages.Add(message);
        return message;
    }
}
