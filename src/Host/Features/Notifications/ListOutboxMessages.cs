using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Notifications;

/// <summary>The admin's view of the outbox: recent messages, newest first, with their status and last error.</summary>
public static class ListOutboxMessages
{
    public const int MaxTake = 500;

    public sealed record Query(OutboxMessageStatus? Status = null, Guid? CaseId = null, int Take = 100) : IRequest<IReadOnlyList<OutboxMessageDto>>;

    /// <summary>One message as the admin sees it (no bodies: they can be long and hold personal details).</summary>
    public sealed record OutboxMessageDto(
        Guid Id,
        string Channel,
        string Recipient,
        string TemplateKey,
        string Language,
        string Subject,
        Guid? CaseId,
        string Status,
        int Attempts,
        DateTimeOffset CreatedAt,
        DateTimeOffset? NextAttemptAt,
        DateTimeOffset? SentAt,
        DateTimeOffset? DeadAt,
        string? LastError);

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, IReadOnlyList<OutboxMessageDto>>
    {
        public async Task<IReadOnlyList<OutboxMessageDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (request.Take is < 1 or > MaxTake)
            {
                throw ProblemException.Validation("take", $"عدد الرسائل بين 1 و{MaxTake}.", $"take must be between 1 and {MaxTake}.");
            }

            var query = db.Set<OutboxMessage>().AsNoTracking();
            query = request.Status switch
            {
                OutboxMessageStatus.Sent => query.Where(m => m.SentAt != null),
                OutboxMessageStatus.Dead => query.Where(m => m.SentAt == null && m.DeadAt != null),
                OutboxMessageStatus.Retrying => query.Where(m => m.SentAt == null && m.DeadAt == null && m.Attempts > 0),
                OutboxMessageStatus.Pending => query.Where(m => m.SentAt == null && m.DeadAt == null && m.Attempts == 0),
                _ => query,
            };
            if (request.CaseId is { } caseId)
            {
                query = query.Where(m => m.CaseId == caseId);
            }

            var messages = await query.OrderByDescending(m => m.CreatedAt).Take(request.Take).ToListAsync(cancellationToken);
            return [.. messages.Select(ToDto)];
        }

        private static OutboxMessageDto ToDto(OutboxMessage m) => new(
            m.Id,
            m.Channel.ToString(),
            m.Recipient,
            m.TemplateKey,
            m.Language,
            m.Subject,
            m.CaseId,
            m.Status.ToString(),
            m.Attempts,
            Utc(m.CreatedAt),
            m.Status is OutboxMessageStatus.Pending or OutboxMessageStatus.Retrying ? Utc(m.NextAttemptAt) : null,
            m.SentAt is { } sent ? Utc(sent) : null,
            m.DeadAt is { } dead ? Utc(dead) : null,
            m.LastError);

        private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
    }
}
