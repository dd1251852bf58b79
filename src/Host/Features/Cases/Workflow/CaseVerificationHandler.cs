using System.Text.Json;
using System.Text.Json.Nodes;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// Step 2, a task of the verification stage was completed (the stage, not a node of the flowchart, says so):
/// <list type="bullet">
/// <item><c>Complete</c> is refused (400, each gap named) while the checklist has gaps, unless the task's data carries an
/// <c>overrideReason</c>: the reason is then kept on the case and audited.</item>
/// <item><c>MissingInformation</c> records what the member is asked for: <c>requestedItems</c> (checklist items as the gaps
/// name them) and the officer's text <c>missingItems</c>; at least one must be given.</item>
/// </list>
/// Runs inside the completion's unit of work, so a refusal leaves the task open.
/// </summary>
public sealed class CaseVerificationHandler(CaseLookup cases, AppDbContext db, AuditTrail audit, TimeProvider clock, ILogger<CaseVerificationHandler> logger)
    : INotificationHandler<TaskCompleted>
{
    public const string CompleteOutcome = "Complete";
    public const string MissingInformationOutcome = "MissingInformation";
    public const string OverrideReasonField = "overrideReason";
    public const string RequestedItemsField = "requestedItems";
    public const string MissingItemsField = "missingItems";

    public async Task Handle(TaskCompleted notification, CancellationToken cancellationToken)
    {
        if (notification.StageId != ServiceCase.VerifyStage || notification.Outcome is not (CompleteOutcome or MissingInformationOutcome))
        {
            return;
        }

        var serviceCase = await cases.ForStartingInstanceAsync(notification.InstanceId, cancellationToken);
        if (serviceCase is null || serviceCase.IsClosed)
        {
            return;
        }

        var serviceType = await db.Set<ServiceType>().FirstAsync(s => s.Code == serviceCase.ServiceTypeCode, cancellationToken);
        if (notification.Outcome == CompleteOutcome)
        {
            Verify(serviceCase, serviceType, notification);
        }
        else
        {
            var items = RequestedItems(notification.Data);
            if (items.FirstOrDefault(i => serviceType.LabelOf(i) is null) is { } unknown)
            {
                throw new ProblemException(StatusCodes.Status400BadRequest, "One or more fields are not valid.", $"'{unknown}' is not on this service's checklist.",
                    new Dictionary<string, string[]> { [RequestedItemsField] = [$"«{unknown}» ليس من قائمة التحقق لهذه الخدمة.", $"'{unknown}' is not on this service's checklist."] });
            }

            serviceCase.RequestInformation(items, CaseData.TextOf(notification.Data, MissingItemsField));
            logger.LogInformation("Case {CaseReference}: the member is asked for {RequestedItems}", serviceCase.Reference.Value, items);
        }

        CaseVersion.Touch(db, serviceCase);
    }

    private void Verify(ServiceCase serviceCase, ServiceType serviceType, TaskCompleted notification)
    {
        var gaps = serviceType.CheckSubmission(serviceCase);
        if (gaps.Count == 0)
        {
            return;
        }

        if (CaseData.TextOf(notification.Data, OverrideReasonField) is not { } reason)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest,
                "The submission is incomplete against the checklist: supply what is missing, ask the member for it, or give a reason to go on.",
                string.Join("; ", gaps.Select(g => g.MessageEn)),
                gaps.ToDictionary(g => g.Field, g => new[] { g.MessageAr, g.MessageEn }));
        }

        serviceCase.OverrideVerification(reason, notification.Actor, clock.GetUtcNow());
        audit.Record(AuditAction.Updated, "ServiceCase", serviceCase.Id.ToString(), new
        {
            verificationOverride = reason,
            gaps = gaps.Select(g => g.Field).ToList(),
        });
        logger.LogWarning("Case {CaseReference}: verification completed by {Actor} despite {GapCount} checklist gaps",
            serviceCase.Reference.Value, notification.Actor, gaps.Count);
    }

    private static List<string> RequestedItems(JsonObject? data) => data?[RequestedItemsField] switch
    {
        null => [],
        JsonArray array => [.. array.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : string.Empty)
            .Where(i => !string.IsNullOrWhiteSpace(i))],
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => throw ProblemException.Validation(RequestedItemsField, "'requestedItems' is a list of checklist items, like documents.nationalIdCopy."),
    };
}
