using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Notifications;

/// <summary>The admin's view of the outbox: messages, newest first, with their status and last error; paged.</summary>
public static class ListOutboxMessages
{
    public sealed record Query(OutboxMessageStatus? Status = null, Guid? CaseId = null, int? Page = null, int? PageSize = null) : IRequest<Paged<OutboxMessageDto>>;

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

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, Paged<OutboxMessageDto>>
    {
        public async Task<Paged<OutboxMessageDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
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

            var page = await paging.ReadAsync(query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id), cancellationToken);
            return page.Select(ToDto);
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
