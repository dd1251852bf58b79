using DomatAljandal.Domain.Cases;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Tasks;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// <c>case.await-member</c>: the case waits for the member (missing information or documents). The SLA clock of its tasks
/// pauses until the member answers (<see cref="RecordMemberReply"/> restarts it).
/// </summary>
public sealed class AwaitMemberAction(IWorkflowTasks tasks) : ICaseAction
{
    public string Name => "case.await-member";

    public (string Ar, string En) DisplayName => ("انتظار رد العضو", "Wait for the member");

    public async Task<DomainActionResult> ExecuteAsync(ServiceCase serviceCase, DomainActionRequest request, CancellationToken cancellationToken)
    {
        serviceCase.AwaitMember();
        await tasks.PauseDeadlinesAsync(request.Context.InstanceId, cancellationToken);
        return DomainActionResult.Done;
    }
}
