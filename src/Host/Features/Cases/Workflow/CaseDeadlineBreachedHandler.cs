using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// تجاوز المهلة — a task's deadline passed. The case is flagged, and the managers and the holders of the task's role (the
/// research committee, at step 5) get a <c>deadline-breached</c> email. The task stays open unless the workflow connects
/// its <c>Timeout</c> outcome. Runs inside the engine's unit of work, so the flag and the emails commit with the breach.
/// </summary>
public sealed class CaseDeadlineBreachedHandler(
    CaseLookup cases,
    AppDbContext db,
    UserManager<AppUser> users,
    IMemberNotifier notifier,
    ProcedureDefinitions definitions,
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

        var instance = await db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == notification.InstanceId, cancellationToken);
        var definition = instance is null ? null : await definitions.GetAsync(instance.DefinitionId, instance.Version, cancellationToken);
        var task = ProcedureDefinitions.NameOf(definition, notification.ActivityId);
        var assignee = await db.Set<Bookmark>().AsNoTracking().Where(b => b.Id == notification.BookmarkId).Select(b => b.Assignee).FirstOrDefaultAsync(cancellationToken);
        var values = new Dictionary<string, object?>
        {
            ["reference"] = serviceCase.Reference.Value,
            ["step"] = ($"{ProcedureStepNames.Arabic(serviceCase.CurrentStep)} — {task.Ar}", $"{ProcedureStepNames.English(serviceCase.CurrentStep)} — {task.En}"),
            ["dueAt"] = notification.DueAt,
            ["assignee"] = assignee,
            ["caseUrl"] = $"{options.Value.PublicBaseUrl?.TrimEnd('/')}/cases/{serviceCase.Id}",
        };
        var queued = await notifier.EnqueueForStaffAsync(emails, NotificationTemplateKeys.DeadlineBreached, values, serviceCase.Id,
            $"breach:{notification.BookmarkId:N}", cancellationToken: cancellationToken);
        logger.LogWarning("Case {CaseReference}: deadline of {ActivityId} (role {Role}) breached; {EmailCount} staff emails queued; timeout path taken: {TimeoutTaken}",
            serviceCase.Reference.Value, notification.ActivityId, notification.Role, queued.Count, notification.TimeoutTaken);
    }
}
