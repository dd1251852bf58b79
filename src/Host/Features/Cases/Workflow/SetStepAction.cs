using DomatAljandal.Domain.Cases;
using DomatAljandal.Workflows.Activities;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary><c>case.set-step</c> (input <c>step</c>: 1–7): the case enters a step of the procedure.</summary>
public sealed class SetStepAction : ICaseAction
{
    public string Name => "case.set-step";

    public (string Ar, string En) DisplayName => ("نقل الطلب إلى خطوة", "Move the case to a step");

    public Task<DomainActionResult> ExecuteAsync(ServiceCase serviceCase, DomainActionRequest request, CancellationToken cancellationToken)
    {
        serviceCase.MoveToStep(request.RequiredInt("step"));
        return Task.FromResult(DomainActionResult.Done);
    }
}
