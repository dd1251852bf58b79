using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tasks;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// تجاوز المهلة — a task's deadline passed. The case is flagged, and the managers and the holders of the task's role (the
/// research committee, for its decision) get a <c>deadline-breached</c> email. The task stays open unless the workflow connects
/// its <c>Timeout</c> outcome. Runs inside the engine's unit of work, so the flag and the emails commit with the breach.
/// </summary>
public sealed class CaseDeadlineBreachedHandler(
    CaseLookup cases,
    AppDbContext db,
    UserManager<AppUser> users,
    IMemberNotifier notifier,
    IWorkflowTasks tasks,
    IOptions<CaseOptions> options,
    ILogger<CaseDeadlineBreachedHandler> logger) : INotificationHandler<DeadlineBreached>
{
    public async Task Handle(DeadlineBreached notification, CancellationToken cancellationToken)
    {
        var serviceCase = await cases.ForInstanceAsync(notification.InstanceId, cancellationToken);
        if (serviceCase is null)
        {
            return; // a workflow that runs no case
        }

        if (serviceCase.MarkDeadlineBreached(notification.BreachedAt))
        {
            CaseVersion.Touch(db, serviceCase);
        }

        var roles = new[] { Roles.Manager, notification.Role }.Where(r => r is not null && r != Roles.Admin).Distinct();
        var emails = new List<string>();
        foreach (var role in roles)
        {
            emails.AddRange((await users.GetUsersInRoleAsync(role!)).Where(u => u.IsActive && u.Email is not null).Select(u => u.Email!));
        }

        var breached = await tasks.GetAsync(notification.BookmarkId, cancellationToken);
        var task = LocalizedName.Of(breached?.Name, notification.ActivityId);
        var stage = breached?.StageId is { } stageId ? LocalizedName.Of(breached.StageName, stageId) : null;
        var values = new Dictionary<string, object?>
        {
            ["reference"] = serviceCase.Reference.Value,
            ["step"] = stage is null ? (task.Ar, task.En) : ($"{stage.Ar} — {task.Ar}", $"{stage.En} — {task.En}"),
            ["dueAt"] = notification.DueAt,
            ["assignee"] = breached?.ClaimedBy,
            ["caseUrl"] = $"{options.Value.PublicBaseUrl?.TrimEnd('/')}/cases/{serviceCase.Id}",
        };
        var queued = await notifier.EnqueueForStaffAsync(emails, NotificationTemplateKeys.DeadlineBreached, values, serviceCase.Id,
            $"breach:{notification.BookmarkId:N}", cancellationToken: cancellationToken);
        logger.LogWarning("Case {CaseReference}: deadline of {ActivityId} (role {Role}) breached; {EmailCount} staff emails queued; timeout path taken: {TimeoutTaken}",
            serviceCase.Reference.Value, notification.ActivityId, notification.Role, queued.Count, notification.TimeoutTaken);
    }
}
