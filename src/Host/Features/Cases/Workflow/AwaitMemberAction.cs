using DomatAljandal.Domain.Cases;
using DomatAljandal.Workflows.Activities;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary><c>case.await-member</c>: the case waits for the member (missing information or documents).</summary>
public sealed class AwaitMemberAction : ICaseAction
{
    public string Name => "case.await-member";

    public (string Ar, string En) DisplayName => ("انتظار رد العضو", "Wait for the member");

    public Task<DomainActionResult> ExecuteAsync(ServiceCase serviceCase, DomainActionRequest request, CancellationToken cancellationToken)
    {
        serviceCase.AwaitMember();
        return Task.FromResult(DomainActionResult.Done);
    }
}
