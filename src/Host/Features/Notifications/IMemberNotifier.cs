namespace DomatAljandal.Host.Features.Notifications;

/// <summary>
/// Renders a template and puts it in the outbox for the right address: the member's preferred channel, or the
/// other one when the preferred address is missing. Saves nothing — the caller's SaveChanges commits it.
/// </summary>
public interface IMemberNotifier
{
    /// <param name="member">The member's addresses, preference and language.</param>
    /// <param name="templateKey">One of <see cref="NotificationTemplateKeys"/>.</param>
    /// <param name="values">The template's values (see <see cref="NotificationTemplateKeys"/>).</param>
    /// <param name="caseId">The case it is about, if any.</param>
    /// <param name="deduplicationKey">Names the logical notification (e.g. <c>case:{id}:received</c>); stored once.</param>
    /// <param name="cancellationToken">Cancels the duplicate check.</param>
    /// <returns>The queued message; null when it was queued before or the member has no usable address.</returns>
    Task<OutboxMessage?> EnqueueForMemberAsync(
        MemberContact member,
        string templateKey,
        IReadOnlyDictionary<string, object?> values,
        Guid? caseId,
        string deduplicationKey,
        CancellationToken cancellationToken = default);

    /// <summary>Queues one email per staff address (deduplicated per address as <c>{deduplicationKey}:{email}</c>).</summary>
    /// <returns>The messages queued now.</returns>
    Task<IReadOnlyList<OutboxMessage>> EnqueueForStaffAsync(
        IEnumerable<string> emails,
        string templateKey,
        IReadOnlyDictionary<string, object?> values,
        Guid? caseId,
        string deduplicationKey,
        string language = "ar",
        CancellationToken cancellationToken = default);
}
