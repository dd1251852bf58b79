using DomatAljandal.Domain.Cases;
using DomatAljandal.Workflows.Activities;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary><c>case.complete</c>: the service was delivered; the case closes as completed.</summary>
public sealed class CompleteCaseAction(TimeProvider clock) : ICaseAction
{
    public string Name => "case.complete";

    public (string Ar, string En) DisplayName => ("إكمال الطلب", "Complete the case");

    public Task<DomainActionResult> ExecuteAsync(ServiceCase serviceCase, DomainActionRequest request, CancellationToken cancellationToken)
    {
        serviceCase.Complete(clock.GetUtcNow());
        return Task.FromResult(DomainActionResult.Done);
    }
}
