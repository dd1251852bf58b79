using DomatAljandal.Domain.People;
using DomatAljandal.Domain.Text;
using DomatAljandal.Host.Features.Templates;
using MimeKit;

namespace DomatAljandal.Host.Features.Notifications;

/// <inheritdoc />
public sealed class MemberNotifier(NotificationTemplates templates, TemplateWordings wordings, INotificationOutbox outbox, ILogger<MemberNotifier> logger) : IMemberNotifier
{
    public async Task<OutboxMessage?> EnqueueForMemberAsync(
        MemberContact member,
        string templateKey,
        IReadOnlyDictionary<string, object?> values,
        Guid? caseId,
        string deduplicationKey,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        var language = Language(member.Language);
        if (Route(member) is not { } route)
        {
            logger.LogWarning("Notification {DeduplicationKey} ({TemplateKey}) for case {CaseId} not queued: the member has no usable email or mobile",
                deduplicationKey, templateKey, caseId);
            return null;
        }

        var all = new Dictionary<string, object?>(values);
        if (member.Name is not null)
        {
            all.TryAdd("memberName", member.Name);
        }

        foreach (var (key, value) in MemberContact.GenderedWords(member.Female))
        {
            all.TryAdd(key, value);
        }

        values = all;

        var content = templates.Render(await wordings.NotificationAsync(templateKey, cancellationToken), language, values);
        return await outbox.EnqueueAsync(
            new OutgoingNotification(route.Channel, route.Address, language, templateKey, content, deduplicationKey, caseId), cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxMessage>> EnqueueForStaffAsync(
        IEnumerable<string> emails,
        string templateKey,
        IReadOnlyDictionary<string, object?> values,
        Guid? caseId,
        string deduplicationKey,
        string language = "ar",
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emails);
        var code = Language(language);
        var content = templates.Render(await wordings.NotificationAsync(templateKey, cancellationToken), code, values);
        var queued = new List<OutboxMessage>();
        foreach (var email in emails.Select(e => e?.Trim()).Where(IsEmail).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var notification = new OutgoingNotification(
                NotificationChannel.Email, email!, code, templateKey, content, $"{deduplicationKey}:{email!.ToLowerInvariant()}", caseId);
            if (await outbox.EnqueueAsync(notification, cancellationToken) is { } message)
            {
                queued.Add(message);
            }
        }

        return queued;
    }

    /// <summary>The preferred channel when its address is usable, otherwise the other one; null when neither is.</summary>
    internal static (NotificationChannel Channel, string Address)? Route(MemberContact member)
    {
        var email = IsEmail(member.Email) ? member.Email!.Trim() : null;
        var mobile = MobileNumber.TryParse(member.Mobile, out var parsed) ? parsed.Value : null;
        (NotificationChannel, string)? byEmail = email is null ? null : (NotificationChannel.Email, email);
        (NotificationChannel, string)? bySms = mobile is null ? null : (NotificationChannel.Sms, mobile);
        return member.PreferredChannel == NotificationChannel.Sms ? bySms ?? byEmail : byEmail ?? bySms;
    }

    private static bool IsEmail(string? address) =>
        !string.IsNullOrWhiteSpace(address) && address.Contains('@') && MailboxAddress.TryParse(address.Trim(), out _);

    private static string Language(string? language) =>
        DisplayLanguage.TryNormalize(language, out var code) ? code : DisplayLanguage.Arabic;
}
