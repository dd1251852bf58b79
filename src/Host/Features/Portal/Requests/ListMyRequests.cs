using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Portal.Requests;

/// <summary>The member's own requests, newest first, each with its status, the step it is at and what is asked of them.</summary>
public static class ListMyRequests
{
    public sealed record Query(Guid MemberId) : IRequest<IReadOnlyList<MyRequest>>;

    public sealed record MyRequest(
        Guid Id,
        string Reference,
        string ServiceCode,
        string ServiceNameAr,
        string ServiceNameEn,
        CaseStatus Status,
        string StatusNameAr,
        string StatusNameEn,
        ProcedureStep CurrentStep,
        int StepNumber,
        string StepNameAr,
        string StepNameEn,
        DateTimeOffset CreatedAt,
        MemberAction? ActionNeeded);

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, IReadOnlyList<MyRequest>>
    {
        public async Task<IReadOnlyList<MyRequest>> Handle(Query request, CancellationToken cancellationToken)
        {
            var cases = await db.Set<ServiceCase>().AsNoTracking()
                .Where(c => c.MemberId == request.MemberId)
                .OrderByDescending(c => c.CreatedAt)
                .ToListAsync(cancellationToken);
            var instanceIds = cases.Select(c => Guid.TryParse(c.WorkflowInstanceId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
            var waits = await db.Set<Bookmark>().AsNoTracking()
                .Where(b => instanceIds.Contains(b.InstanceId) && b.ConsumedAt == null && b.EventName != null)
                .Select(b => new { b.InstanceId, b.EventName })
                .ToListAsync(cancellationToken);
            var codes = cases.Select(c => c.ServiceTypeCode).Distinct().ToList();
            var services = await db.Set<ServiceType>().AsNoTracking().Where(s => codes.Contains(s.Code))
                .ToDictionaryAsync(s => s.Code, cancellationToken);

            return [.. cases.Select(c =>
            {
                var service = services.GetValueOrDefault(c.ServiceTypeCode);
                var status = PortalCaseView.StatusName(c.Status);
                var awaited = waits.Where(w => w.InstanceId.ToString() == c.WorkflowInstanceId).Select(w => w.EventName!);
                return new MyRequest(c.Id, c.Reference.Value, c.ServiceTypeCode, service?.NameAr ?? c.ServiceTypeCode, service?.NameEn ?? c.ServiceTypeCode,
                    c.Status, status.Ar, status.En, c.CurrentStep, (int)c.CurrentStep,
                    ProcedureStepNames.Arabic(c.CurrentStep), ProcedureStepNames.English(c.CurrentStep), c.CreatedAt,
                    PortalCaseView.ActionNeeded(c, awaited));
            })];
        }
    }
}
