namespace DomatAljandal.Host.Features.Notifications;

/// <summary>Where an outbox message is, as the admin list shows it.</summary>
public enum OutboxMessageStatus
{
    /// <summary>Not tried yet.</summary>
    Pending,

    /// <summary>Failed at least once; will be tried again at <see cref="OutboxMessage.NextAttemptAt"/>.</summary>
    Retrying,

    /// <summary>Handed to the mail server or the SMS gateway.</summary>
    Sent,

    /// <summary>Gave up after the configured number of attempts; <see cref="OutboxMessage.LastError"/> says why.</summary>
    Dead,
}
