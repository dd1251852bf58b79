namespace DomatAljandal.Host.Features.Notifications;

/// <summary>A rendered notification for one recipient on one channel, ready for the outbox.</summary>
/// <param name="Channel">Email or SMS.</param>
/// <param name="Recipient">Email address, or mobile number in E.164 form.</param>
/// <param name="Language">"ar" or "en".</param>
/// <param name="TemplateKey">One of <see cref="NotificationTemplateKeys"/>.</param>
/// <param name="Content">The rendered template.</param>
/// <param name="DeduplicationKey">Names the logical notification; the same key is stored once.</param>
/// <param name="CaseId">The case it is about, if any.</param>
public sealed record OutgoingNotification(
    NotificationChannel Channel,
    string Recipient,
    string Language,
    string TemplateKey,
    RenderedNotification Content,
    string DeduplicationKey,
    Guid? CaseId = null);
