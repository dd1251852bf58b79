using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Home;

/// <summary>
/// The messages sent to a staff member's own email (deadline breaches, for instance), newest first, so they can see on
/// their home what the service told them even when the mail went unread.
/// </summary>
public static class RecentNotifications
{
    /// <summary>How many the home lists.</summary>
    public const int Shown = 5;

    public sealed record Query(string Email) : IRequest<IReadOnlyList<Notice>>;

    /// <summary>One message: its subject, the case it is about and when it was queued.</summary>
    public sealed record Notice(Guid Id, string Subject, Guid? CaseId, DateTimeOffset CreatedAt);

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, IReadOnlyList<Notice>>
    {
        public async Task<IReadOnlyList<Notice>> Handle(Query request, CancellationToken cancellationToken)
        {
            var email = request.Email.Trim().ToLowerInvariant();
            var rows = await db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.Channel == NotificationChannel.Email && m.Recipient == email)
                .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
                .Take(Shown)
                .Select(m => new { m.Id, m.Subject, m.CaseId, m.CreatedAt })
                .ToListAsync(cancellationToken);
            return [.. rows.Select(m => new Notice(m.Id, m.Subject, m.CaseId, new DateTimeOffset(DateTime.SpecifyKind(m.CreatedAt, DateTimeKind.Utc))))];
        }
    }
}
