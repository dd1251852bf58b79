using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Reports.Stages;

/// <summary>
/// Keeps <see cref="CaseStageVisit"/> rows as a case's workflow moves: entering a stage ends the stay in the last one and
/// starts one in the new; a completed task counts against its stage's stay. Runs inside the engine's unit of work, so a
/// refused move leaves no visit behind.
/// </summary>
public sealed class CaseStageVisitRecorder(CaseLookup cases, AppDbContext db, TimeProvider clock)
    : INotificationHandler<StageEntered>, INotificationHandler<TaskCompleted>
{
    public async Task Handle(StageEntered notification, CancellationToken cancellationToken)
    {
        var serviceCase = await cases.ForStartingInstanceAsync(notification.InstanceId, cancellationToken);
        if (serviceCase is null || serviceCase.IsClosed)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var open in await OpenVisitsAsync(serviceCase.Id, cancellationToken))
        {
            open.Leave(now);
        }

        db.Add(CaseStageVisit.Enter(serviceCase.Id, notification.StageId, notification.DefinitionId, notification.Version, now));
    }

    public async Task Handle(TaskCompleted notification, CancellationToken cancellationToken)
    {
        if (notification.StageId is null || await cases.ForInstanceAsync(notification.InstanceId, cancellationToken) is not { } serviceCase)
        {
            return;
        }

        var visit = (await OpenVisitsAsync(serviceCase.Id, cancellationToken)).FirstOrDefault(v => v.StageId == notification.StageId);
        visit?.TaskCompleted(notification.DueAt, clock.GetUtcNow());
    }

    /// <summary>The case's stays not yet ended, saved or added in this unit of work.</summary>
    private async Task<List<CaseStageVisit>> OpenVisitsAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await db.Set<CaseStageVisit>().Where(v => v.CaseId == caseId && v.LeftAt == null).LoadAsync(cancellationToken);
        return [.. db.Set<CaseStageVisit>().Local.Where(v => v.CaseId == caseId && v.LeftAt == null)];
    }
}
