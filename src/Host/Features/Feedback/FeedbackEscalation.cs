using DomatAljandal.Host.Features.Departments;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Feedback;

/// <summary>
/// A suggestion or complaint whose deadline passed unanswered is escalated once: marked on its row (durable — a restart
/// does not escalate it again) and its department's managers told by email through the outbox; without a department,
/// or one with no manager, every manager is.
/// </summary>
public sealed class FeedbackEscalation(AppDbContext db, IDepartmentDirectory departments, IMemberNotifier notifier, TimeProvider clock)
{
    public const int BatchSize = 100;

    /// <returns>How many were escalated.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Set<FeedbackItem>()
            .Where(f => f.AnsweredAt == null && f.EscalatedAt == null && f.DueAt != null && f.DueAt <= now)
            .OrderBy(f => f.DueAt).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var item in due.Where(i => i.Escalate(now)))
        {
            var emails = await departments.ManagerEmailsAsync(item.DepartmentId, cancellationToken);
            var owner = item.OwnerUserId is { } ownerId ? await db.Users.AsNoTracking().Where(u => u.Id == ownerId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken) : null;
            await notifier.EnqueueForStaffAsync(emails, NotificationTemplateKeys.FeedbackOverdue,
                new Dictionary<string, object?> { ["reference"] = item.Reference, ["subject"] = item.Subject, ["dueAt"] = item.DueAt, ["assignee"] = owner },
                item.CaseId, $"feedback:{item.Id:N}:overdue", cancellationToken: cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
