namespace DomatAljandal.Host.Features.Notifications;

/// <summary>How a notification reaches a person. Stored as text; also a member's preferred channel.</summary>
public enum NotificationChannel
{
    Email = 1,
    Sms = 2,
}
