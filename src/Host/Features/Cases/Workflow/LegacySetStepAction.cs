using DomatAljandal.Domain;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Workflows.Activities;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// <c>case.set-step</c> (input <c>step</c>: 1–7) from versions saved before definitions declared their stages. Cases
/// still running on such a version, and a database upgraded from that release whose admin version stays published
/// (the import never overwrites it), keep moving: step n is the n-th stage of the shipped procedure. New definitions
/// declare <c>stages</c> instead; the designer does not offer this action.
/// </summary>
public sealed class LegacySetStepAction : ICaseAction
{
    /// <summary>The stage ids of the shipped procedure, in the order of the policy's seven steps.</summary>
    private static readonly string[] StepStages = ["receive", "verify", "clarify", "declaration", ServiceCase.CommitteeStage, "registration", "deliver"];

    public string Name => "case.set-step";

    public bool IsLegacy => true;

    public (string Ar, string En) DisplayName => ("نقل الطلب إلى خطوة (إصدارات قديمة)", "Move the case to a step (old versions)");

    public Task<DomainActionResult> ExecuteAsync(ServiceCase serviceCase, DomainActionRequest request, CancellationToken cancellationToken)
    {
        var step = request.RequiredInt("step");
        if (step < 1 || step > StepStages.Length)
        {
            throw new DomainRuleException("step", "رقم الخطوة من ١ إلى ٧.", $"A procedure step is 1 to 7, not {step}.");
        }

        serviceCase.EnterStage(StepStages[step - 1], comesAfterCommittee: step > 5);
        return Task.FromResult(DomainActionResult.Done);
    }
}
