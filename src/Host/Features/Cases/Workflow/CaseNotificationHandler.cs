using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Scheduling;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// The host's handler of the workflow's <c>SendNotification</c> activities: the template goes to the case's member
/// through <see cref="IMemberNotifier"/>, on the member's preferred channel and in their language (the activity's
/// <c>channel</c> is the designer's default only: the member's preference decides). The case's facts are added to the
/// activity's inputs: <c>reference</c>, <c>serviceName</c>, <c>receivedAt</c>, the decision's <c>reason</c> and
/// <c>decidedAt</c>, what verification asked for as <c>missingItems</c> (the items named, else the officer's text, else the checklist's gaps), and <c>decisionDueAt</c>
/// from the deadline of the activity named by the input <c>deadlineOf</c>.
/// <para>
/// The deduplication key names the instance, the activity and what led to it (the bookmark consumed in this unit of
/// work, or <c>start</c>): an incident retry does not send twice, while a second pass through a loop does send again.
/// </para>
/// </summary>
public sealed class CaseNotificationHandler(
    CaseLookup cases,
    AppDbContext db,
    IMemberNotifier notifier,
    ProcedureDefinitions definitions,
    IWorkflowInstanceQueries instances,
    IWorkingCalendar calendar,
    TimeProvider clock,
    ILogger<CaseNotificationHandler> logger) : IRequestHandler<SendNotificationRequest, Unit>
{
    public async Task<Unit> Handle(SendNotificationRequest request, CancellationToken cancellationToken)
    {
        var serviceCase = await cases.ForWorkflowAsync(request.Context, cancellationToken);
        var member = await db.Set<Member>().FindAsync([serviceCase.MemberId], cancellationToken)
                     ?? throw new InvalidOperationException($"Case {serviceCase.Reference} refers to a missing member.");
        var serviceType = await db.Set<ServiceType>().FirstOrDefaultAsync(s => s.Code == serviceCase.ServiceTypeCode, cancellationToken);

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Inputs.Where(i => i.Value is not null))
        {
            values[name] = value;
        }

        CaseTemplateValues.AddTo(values, serviceCase, serviceType);

        if (request.Template == NotificationTemplateKeys.MissingInformation)
        {
            values["missingItems"] = CaseRequestedItems.Describe(serviceType, serviceCase) is { } asked
                ? asked
                : values.GetValueOrDefault("missingItems") ?? MissingItems(serviceType, serviceCase);
        }

        if (values.TryGetValue("deadlineOf", out var activity) && activity is string activityId)
        {
            var definition = await definitions.GetAsync(request.Context.DefinitionId, request.Context.Version, cancellationToken);
            if (definition?.FindActivity(activityId) is { } task && task.StringProperty("deadline") is { } deadline)
            {
                // The deadline the task will get when it starts now, on the calendar it counts (working days skip days off).
                values["decisionDueAt"] = await WorkflowDeadlines.DueAtAsync(task, deadline, clock.GetUtcNow(), calendar, cancellationToken);
            }

            values.Remove("deadlineOf");
        }

        var contact = MemberContact.Of(member);
        // A wait's reminders share their wait's trigger; each is its own message.
        var reminder = request.Inputs.TryGetValue("reminder", out var number) && number is not null ? $":reminder-{number}" : "";
        var key = $"wf:{request.Context.InstanceId:N}:{request.Context.ActivityId}:{await TriggerAsync(request.Context, cancellationToken)}{reminder}";
        var queued = await notifier.EnqueueForMemberAsync(contact, request.Template, values, serviceCase.Id, key, cancellationToken);
        logger.LogInformation("Case {CaseReference}: notification {TemplateKey} {Queued}", serviceCase.Reference.Value, request.Template,
            queued is null ? "not queued (already queued, or no address)" : $"queued for {queued.Channel}");
        return Unit.Value;
    }

    /// <summary>The checklist's gaps in both languages, for a member told what is missing.</summary>
    private static object MissingItems(ServiceType? serviceType, ServiceCase serviceCase)
    {
        var gaps = serviceType?.CheckSubmission(serviceCase) ?? [];
        return gaps.Count == 0
            ? ("يرجى التواصل مع الجمعية لمعرفة المطلوب.", "Please contact the society to learn what is needed.")
            : (string.Join("، ", gaps.Select(g => g.MessageAr)), string.Join("; ", gaps.Select(g => g.MessageEn)));
    }

    /// <summary>The bookmark whose resumption led here in this unit of work; else the last one consumed; else "start".</summary>
    private async Task<string> TriggerAsync(WorkflowContextInfo context, CancellationToken cancellationToken)
    {
        if (context.ResumedBookmarkId is { } resumed)
        {
            return resumed.ToString("N");
        }

        var last = await instances.LastConsumedBookmarkAsync(context.InstanceId, cancellationToken);
        return last?.ToString("N") ?? "start";
    }
}
