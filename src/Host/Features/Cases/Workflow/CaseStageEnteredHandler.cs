using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// The case's workflow entered a stage of its definition: the case stands in it. Runs inside the engine's unit of work,
/// before the stage's first activity, so the case's stage commits with the transition; when the case refuses (past the
/// committee without its decision) the activity gets an incident and nothing moves.
/// </summary>
public sealed class CaseStageEnteredHandler(CaseLookup cases, AppDbContext db, ProcedureDefinitions definitions, ILogger<CaseStageEnteredHandler> logger)
    : INotificationHandler<StageEntered>
{
    public async Task Handle(StageEntered notification, CancellationToken cancellationToken)
    {
        var serviceCase = await cases.ForStartingInstanceAsync(notification.InstanceId, cancellationToken);
        if (serviceCase is null || serviceCase.IsClosed)
        {
            return; // a workflow that runs no case, or one that goes on after its case closed
        }

        var definition = await definitions.GetAsync(notification.DefinitionId, notification.Version, cancellationToken);
        serviceCase.EnterStage(notification.StageId, ProcedureDefinitions.ComesAfterCommittee(definition, notification.StageId));
        CaseVersion.Touch(db, serviceCase);
        logger.LogInformation("Case {CaseReference} entered stage {StageId} (from {PreviousStageId})",
            serviceCase.Reference.Value, notification.StageId, notification.PreviousStageId);
    }
}
