using DomatAljandal.Domain.Cases;
using DomatAljandal.Workflows.Activities;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// <c>case.record-decision</c> (inputs <c>outcome</c>: Accept or Reject, <c>reason</c>): records the research committee's
/// decision, by the committee member who completed the task — for versions whose committee task has no stage. Where the
/// decision was already recorded (the committee's task records it as it completes, see <see cref="CaseTaskCompletedHandler"/>)
/// the same outcome is nothing more to do.
/// </summary>
public sealed class RecordDecisionAction(TimeProvider clock) : ICaseAction
{
    public string Name => "case.record-decision";

    public (string Ar, string En) DisplayName => ("تسجيل قرار اللجنة", "Record the committee decision");

    public Task<DomainActionResult> ExecuteAsync(ServiceCase serviceCase, DomainActionRequest request, CancellationToken cancellationToken)
    {
        var outcome = Enum.TryParse<DecisionOutcome>(request.RequiredText("outcome"), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new InvalidOperationException($"Domain action '{Name}' needs 'outcome' to be Accept or Reject.");
        if (serviceCase.Decision?.Outcome != outcome)
        {
            serviceCase.RecordDecision(outcome, request.Text("reason") ?? string.Empty, request.Context.Actor ?? "system", clock.GetUtcNow());
        }

        return Task.FromResult(DomainActionResult.Done);
    }
}
