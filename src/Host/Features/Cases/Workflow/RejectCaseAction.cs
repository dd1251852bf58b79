using DomatAljandal.Domain.Cases;
using DomatAljandal.Workflows.Activities;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary><c>case.reject</c>: closes the case as rejected (the committee's reject decision is recorded before).</summary>
public sealed class RejectCaseAction(TimeProvider clock) : ICaseAction
{
    public string Name => "case.reject";

    public (string Ar, string En) DisplayName => ("رفض الطلب", "Reject the case");

    public Task<DomainActionResult> ExecuteAsync(ServiceCase serviceCase, DomainActionRequest request, CancellationToken cancellationToken)
    {
        serviceCase.Reject(clock.GetUtcNow());
        return Task.FromResult(DomainActionResult.Done);
    }
}
