using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Activities;
using MediatR;

namespace DomatAljandal.Host.Features.Cases.Workflow;

/// <summary>
/// The host's one handler of the workflow's <c>DomainAction</c> activities: finds the instance's case and routes by
/// action name to an <see cref="ICaseAction"/>. An unknown action is an error (the instance gets an incident).
/// </summary>
public sealed class CaseActionHandler(IEnumerable<ICaseAction> actions, CaseLookup cases, AppDbContext db, ILogger<CaseActionHandler> logger)
    : IRequestHandler<DomainActionRequest, DomainActionResult>
{
    public async Task<DomainActionResult> Handle(DomainActionRequest request, CancellationToken cancellationToken)
    {
        var action = actions.FirstOrDefault(a => a.Name == request.Action)
                     ?? throw new InvalidOperationException(
                         $"Unknown domain action '{request.Action}'. Known: {string.Join(", ", actions.Select(a => a.Name))}.");
        var serviceCase = await cases.ForWorkflowAsync(request.Context, cancellationToken);
        var result = await action.ExecuteAsync(serviceCase, request, cancellationToken);
        CaseVersion.Touch(db, serviceCase);
        logger.LogInformation("Case {CaseReference}: {DomainAction} at {ActivityId} → stage {Stage}, status {Status}",
            serviceCase.Reference.Value, request.Action, request.Context.ActivityId, serviceCase.CurrentStage, serviceCase.Status);
        return result;
    }
}
