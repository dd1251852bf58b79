using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Workflows.Runtime;
using MediatR;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>
/// The member withdraws an open request, in the portal or through an officer at their request, with a reason: the case
/// closes (its withdrawal kept and audited), its workflow ends as <see cref="WorkflowResult"/>, and the member is told
/// through the outbox — in one unit of work. A closed case is refused (400, <c>status</c>).
/// </summary>
public static class WithdrawRequest
{
    /// <summary>The workflow instance's result when its request was withdrawn.</summary>
    public const string WorkflowResult = "Withdrawn";

    public sealed record Command(Guid CaseId, string? Reason, int? ExpectedVersion, WorkflowActor Actor) : IRequest<Result>;

    public sealed record Result(Guid CaseId, CaseStatus Status, string WorkflowResult, int Version);

    public sealed class Handler(CaseWrites writes, IWorkflowRuntime runtime, CaseNotices notices, AuditTrail audit, TimeProvider clock)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var serviceCase = await writes.LoadForChangeAsync(request.CaseId, request.ExpectedVersion, cancellationToken);
            serviceCase.Withdraw(request.Reason ?? string.Empty, request.Actor.Id, clock.GetUtcNow());
            var reason = serviceCase.Withdrawal!.Text;
            audit.Record(AuditAction.Updated, "ServiceCase", serviceCase.Id.ToString(), new { withdrawn = reason, by = request.Actor.Id });
            await notices.TellMemberAsync(serviceCase, NotificationTemplateKeys.RequestWithdrawn, new Dictionary<string, object?> { ["reason"] = reason },
                cancellationToken);
            var instance = await runtime.CancelAsync(CaseWrites.InstanceOf(serviceCase), request.Actor, reason, cancellationToken, WorkflowResult);
            return new Result(serviceCase.Id, serviceCase.Status, instance.Result ?? WorkflowResult, writes.VersionOf(serviceCase));
        }
    }
}
