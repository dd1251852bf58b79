using DomatAljandal.Domain;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// The instance reached an End. The shipped procedure closes the case itself (<c>case.complete</c>, <c>case.reject</c>)
/// before its End; this closes a case a workflow left open — e.g. a version an admin published without those actions —
/// so a finished procedure never leaves an open case behind. A procedure ending <c>Lapsed</c> (the member did not answer
/// within a wait's lapse) closes its case as lapsed.
/// </summary>
public sealed class CaseWorkflowCompletedHandler(CaseLookup cases, AppDbContext db, TimeProvider clock, ILogger<CaseWorkflowCompletedHandler> logger)
    : INotificationHandler<WorkflowCompleted>
{
    /// <summary>The End result of a procedure whose wait on the member lapsed: the case closes as <see cref="CaseStatus.Lapsed"/>.</summary>
    public const string LapsedResult = "Lapsed";

    public async Task Handle(WorkflowCompleted notification, CancellationToken cancellationToken)
    {
        var serviceCase = await cases.ForInstanceAsync(notification.InstanceId, cancellationToken);
        if (serviceCase is null || serviceCase.IsClosed)
        {
            return;
        }

        var now = clock.GetUtcNow();
        try
        {
            switch (notification.Result)
            {
                case "Completed":
                    serviceCase.Complete(now);
                    break;
                case "Rejected" when serviceCase.Decision?.Outcome == DecisionOutcome.Reject:
                    serviceCase.Reject(now);
                    break;
                case LapsedResult:
                    serviceCase.Lapse(now);
                    break;
                default:
                    serviceCase.Cancel($"انتهى سير العمل بالنتيجة «{notification.Result}». / The workflow ended with “{notification.Result}”.", "system", now);
                    break;
            }
        }
        catch (DomainRuleException ex)
        {
            serviceCase.Cancel($"انتهى سير العمل بالنتيجة «{notification.Result}» ولم يُغلق الطلب وفقها: {ex.MessageAr} / The workflow ended with “{notification.Result}”: {ex.MessageEn}", "system", now);
        }

        CaseVersion.Touch(db, serviceCase);
        logger.Log(serviceCase.Status == CaseStatus.Lapsed ? LogLevel.Information : LogLevel.Warning,
            "Case {CaseReference} closed as {Status} when its workflow ended with {Result}", serviceCase.Reference.Value, serviceCase.Status, notification.Result);
    }
}
