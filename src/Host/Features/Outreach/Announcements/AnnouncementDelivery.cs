using DomatAljandal.Host.Features.Notifications;

namespace DomatAljandal.Host.Features.Outreach.Announcements;

/// <summary>
/// An announcement reaching one member (unique per announcement and member, so it is never queued twice): the outbox
/// message it became, or none when the member has no usable address.
/// </summary>
public sealed class AnnouncementDelivery
{
    private AnnouncementDelivery()
    {
    }

    public Guid Id { get; private set; }

    public Guid AnnouncementId { get; private set; }

    public Guid MemberId { get; private set; }

    /// <summary>Email or SMS; null when the member had no usable address.</summary>
    public NotificationChannel? Channel { get; private set; }

    /// <summary>The outbox message's deduplication key; null when nothing was queued.</summary>
    public string? DeduplicationKey { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    public static string KeyOf(Guid announcementId, Guid memberId) => $"announcement:{announcementId}:member:{memberId}";

    public static AnnouncementDelivery Of(Guid announcementId, Guid memberId, OutboxMessage? message, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        AnnouncementId = announcementId,
        MemberId = memberId,
        Channel = message?.Channel,
        DeduplicationKey = message?.DeduplicationKey,
        QueuedAt = now,
    };
}
