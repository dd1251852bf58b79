namespace DomatAljandal.Host.Features.Notifications;

/// <summary>
/// One email or SMS waiting to be sent (table <c>outbox_messages</c>). It is written in the same transaction as
/// the case change that caused it and sent later by <see cref="OutboxDispatcher"/>, so a crash or an outage
/// loses nothing. Times are UTC <see cref="DateTime"/> because SQLite cannot compare offsets in SQL.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxErrorLength = 2000;

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    public NotificationChannel Channel { get; private set; }

    /// <summary>An email address, or a mobile number in E.164 form.</summary>
    public string Recipient { get; private set; } = string.Empty;

    /// <summary>"ar" or "en".</summary>
    public string Language { get; private set; } = string.Empty;

    public string TemplateKey { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    /// <summary>The plain-text email body, or the SMS text.</summary>
    public string BodyText { get; private set; } = string.Empty;

    /// <summary>The HTML email body; null for SMS.</summary>
    public string? BodyHtml { get; private set; }

    public Guid? CaseId { get; private set; }

    /// <summary>Names the logical notification (e.g. <c>case:{id}:decision</c>); unique, so enqueueing it twice stores it once.</summary>
    public string DeduplicationKey { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    /// <summary>When the dispatcher gave up; the message stays for the admin to see.</summary>
    public DateTime? DeadAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The dispatcher batch holding the message; another node leaves it alone until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; private set; }

    public DateTime? ClaimedUntil { get; private set; }

    public OutboxMessageStatus Status => SentAt is not null ? OutboxMessageStatus.Sent
        : DeadAt is not null ? OutboxMessageStatus.Dead
        : Attempts > 0 ? OutboxMessageStatus.Retrying
        : OutboxMessageStatus.Pending;

    public static OutboxMessage Create(
        NotificationChannel channel,
        string recipient,
        string language,
        string templateKey,
        RenderedNotification content,
        string deduplicationKey,
        Guid? caseId,
        DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentException.ThrowIfNullOrWhiteSpace(templateKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(deduplicationKey);
        ArgumentNullException.ThrowIfNull(content);
        return new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Channel = channel,
            Recipient = recipient.Trim(),
            Language = language,
            TemplateKey = templateKey,
            Subject = content.Subject,
            BodyText = channel == NotificationChannel.Sms ? content.Sms : content.Text,
            BodyHtml = channel == NotificationChannel.Email ? content.Html : null,
            CaseId = caseId,
            DeduplicationKey = deduplicationKey,
            CreatedAt = Utc(now),
            NextAttemptAt = Utc(now),
        };
    }

    /// <summary>Records a successful hand-over; the claim ends with it.</summary>
    public void MarkSent(DateTime now)
    {
        Attempts++;
        SentAt = Utc(now);
        LastError = null;
        ReleaseClaim();
    }

    /// <summary>
    /// Records a failed attempt: retried after an exponentially growing delay, or given up (dead, keeping the
    /// error) once <see cref="OutboxOptions.MaxAttempts"/> is reached or when the failure is <paramref name="permanent"/>.
    /// </summary>
    /// <returns>True when the message is now dead.</returns>
    public bool RecordFailure(string error, bool permanent, DateTime now, OutboxOptions retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        Attempts++;
        LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        ReleaseClaim();
        if (permanent || Attempts >= retry.MaxAttempts)
        {
            DeadAt = Utc(now);
            return true;
        }

        NextAttemptAt = Utc(now) + RetryDelay(Attempts, retry.FirstRetryDelay, retry.MaxRetryDelay);
        return false;
    }

    /// <summary>first, 2×first, 4×first … capped at <paramref name="max"/>.</summary>
    public static TimeSpan RetryDelay(int attempts, TimeSpan first, TimeSpan max)
    {
        var exponent = Math.Min(Math.Max(attempts - 1, 0), 30);
        var ticks = first.Ticks * Math.Pow(2, exponent);
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }

    private void ReleaseClaim()
    {
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
