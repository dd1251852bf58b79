using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>What every change to a case starts with: load it tracked (404), check the caller's version (409), touch it.</summary>
public sealed class CaseWrites(AppDbContext db, IWorkflowInstanceQueries instances)
{
    public async Task<ServiceCase> LoadForChangeAsync(Guid caseId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var serviceCase = await db.Set<ServiceCase>().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken)
                          ?? throw CaseProblems.NotFound(caseId);
        CaseVersion.EnsureExpected(db, serviceCase, expectedVersion);
        CaseVersion.Touch(db, serviceCase);
        return serviceCase;
    }

    /// <summary>The case's workflow instance id (a case always has one once opened).</summary>
    public static Guid InstanceOf(ServiceCase serviceCase) =>
        Guid.TryParse(serviceCase.WorkflowInstanceId, out var id)
            ? id
            : throw new InvalidOperationException($"Case {serviceCase.Reference} has no workflow instance.");

    /// <summary>409 unless the case's procedure is waiting for <paramref name="eventName"/>.</summary>
    public async Task EnsureWaitingForAsync(ServiceCase serviceCase, string eventName, CancellationToken cancellationToken)
    {
        var instanceId = InstanceOf(serviceCase);
        var positions = await instances.PositionsAsync([instanceId], cancellationToken);
        if (!positions.TryGetValue(instanceId, out var position) || !position.AwaitedEvents.Contains(eventName))
        {
            throw CaseProblems.NotWaitingFor(eventName);
        }
    }

    public int VersionOf(ServiceCase serviceCase) => CaseVersion.Of(db, serviceCase);
}
