using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Tasks;

/// <summary>
/// The SLA view's cases waiting on the member (a missing-information reply, a declaration to sign): what each waits for,
/// since when, for how long, and when it lapses, longest waiting first. The clock of such a case runs on the member's
/// side, so it is listed apart from the staff's breaches.
/// </summary>
public static class ListMemberWaits
{
    public const int MaxListed = 500;

    public sealed record Query : IRequest<MemberWaitsReport>;

    public sealed record MemberWaitsReport(DateTimeOffset At, IReadOnlyList<MemberWaitItem> Items);

    public sealed record MemberWaitItem(
        Guid CaseId,
        string CaseReference,
        string MemberName,
        string ActivityId,
        string NameAr,
        string NameEn,
        string? EventName,
        DateTimeOffset Since,
        TimeSpan Waiting,
        DateTimeOffset? LapsesAt);

    public sealed class Handler(AppDbContext db, IWorkflowInstanceQueries instances, ProcedureDefinitions definitions, TimeProvider clock)
        : IRequestHandler<Query, MemberWaitsReport>
    {
        public async Task<MemberWaitsReport> Handle(Query request, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var waits = await instances.EventWaitsAsync(MaxListed, cancellationToken);
            var idTexts = waits.Select(w => w.InstanceId.ToString()).Distinct().ToList();
            var cases = (await db.Set<ServiceCase>().AsNoTracking().Where(c => idTexts.Contains(c.WorkflowInstanceId!))
                    .Join(db.Set<Member>(), c => c.MemberId, m => m.Id, (c, m) => new
                    {
                        c.Id, c.Reference, c.WorkflowInstanceId, m.FirstName, m.FatherName, m.FamilyName,
                    })
                    .ToListAsync(cancellationToken))
                .ToDictionary(c => c.WorkflowInstanceId!, StringComparer.Ordinal);

            var items = new List<MemberWaitItem>(waits.Count);
            foreach (var wait in waits)
            {
                if (!cases.TryGetValue(wait.InstanceId.ToString(), out var serviceCase))
                {
                    continue; // a workflow that runs no case
                }

                var name = ProcedureDefinitions.NameOf(await definitions.GetAsync(wait.DefinitionId, wait.Version, cancellationToken), wait.ActivityId);
                items.Add(new MemberWaitItem(serviceCase.Id, serviceCase.Reference.Value,
                    $"{serviceCase.FirstName} {serviceCase.FatherName} {serviceCase.FamilyName}", wait.ActivityId, name.Ar, name.En, wait.EventName,
                    wait.Since, now - wait.Since, wait.LapsesAt));
            }

            return new MemberWaitsReport(now, items);
        }
    }
}
