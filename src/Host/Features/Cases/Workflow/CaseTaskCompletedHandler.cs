using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// A task of a case was completed. A task of the research committee's stage completed with <c>Accept</c> or <c>Reject</c>
/// is the committee's decision: it is recorded here, with the task's <c>reason</c> and the committee member who chose,
/// inside the same unit of work — so no node of the flowchart (which an admin could delete) is needed to record it, and
/// a refused decision (no reason) fails the completion with the rule's message instead of raising an incident later.
/// A committee task that takes several votes (<c>approvals</c>) records every member's vote and reason with it. Any other
/// outcome of the committee's stage (e.g. <c>ReturnForInformation</c>, back to the officer) records no decision.
/// </summary>
public sealed class CaseTaskCompletedHandler(CaseLookup cases, AppDbContext db, TimeProvider clock, ILogger<CaseTaskCompletedHandler> logger)
    : INotificationHandler<TaskCompleted>
{
    public async Task Handle(TaskCompleted notification, CancellationToken cancellationToken)
    {
        if (notification.StageId != ServiceCase.CommitteeStage
            || !Enum.TryParse<DecisionOutcome>(notification.Outcome, ignoreCase: false, out var outcome) || !Enum.IsDefined(outcome))
        {
            return;
        }

        var serviceCase = await cases.ForStartingInstanceAsync(notification.InstanceId, cancellationToken);
        if (serviceCase is null || serviceCase.Decision is not null)
        {
            return;
        }

        var reason = notification.Data?["reason"]?.ToString() ?? string.Empty;
        // A committee that votes: who took part, what each chose and why (the deciding vote last).
        var votes = notification.Votes
            .Select(v => new CommitteeVote(v.Actor, v.Outcome, v.Data?["reason"]?.ToString(), v.At))
            .ToList();
        serviceCase.RecordDecision(outcome, reason, notification.Actor, clock.GetUtcNow(), votes);
        CaseVersion.Touch(db, serviceCase);
        logger.LogInformation("Case {CaseReference}: the committee's decision {Outcome} recorded from task {ActivityId} by {Actor}",
            serviceCase.Reference.Value, outcome, notification.ActivityId, notification.Actor);
    }
}
