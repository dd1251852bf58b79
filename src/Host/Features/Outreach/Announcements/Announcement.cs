using DomatAljandal.Domain;

namespace DomatAljandal.Host.Features.Outreach.Announcements;

/// <summary>
/// إعلان — a message from the society to a segment of members, in Arabic with an optional English text, sent now or
/// at <see cref="ScheduledAt"/> through the outbox; one <see cref="AnnouncementDelivery"/> per member reached.
/// </summary>
public sealed class Announcement
{
    public const int MaxTextLength = 1000;

    private Announcement()
    {
        Text = Segment = CreatedBy = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The Arabic text (the SMS and the email's body).</summary>
    public string Text { get; private set; }

    public string? TextEn { get; private set; }

    /// <summary>The <see cref="Segments.MemberSegment"/> as JSON.</summary>
    public string Segment { get; private set; }

    public DateTimeOffset? ScheduledAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it went into the outbox; null while scheduled.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    public static Announcement Compose(string text, string? textEn, string segment, DateTimeOffset? scheduledAt, string actor, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Text = Require.Text(text, MaxTextLength, "text", "نص الإعلان", "The announcement's text"),
        TextEn = Require.OptionalText(textEn, MaxTextLength, "textEn", "النص الإنجليزي", "The English text"),
        Segment = segment,
        ScheduledAt = scheduledAt,
        CreatedBy = actor,
        CreatedAt = now,
    };

    public bool IsDue(DateTimeOffset now) => SentAt is null && (ScheduledAt is null || ScheduledAt <= now);

    public void MarkSent(DateTimeOffset now) => SentAt ??= now;
}
