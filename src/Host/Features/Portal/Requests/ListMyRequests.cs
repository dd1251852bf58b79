using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Portal.Requests;

/// <summary>
/// The member's own requests, newest first, each with its status, the stage it stands in (<c>currentStep</c>: a stage id,
/// its position and names in the request's own definition version) and what is asked of them; paged.
/// </summary>
public static class ListMyRequests
{
    public sealed record Query(Guid MemberId, int? Page = null, int? PageSize = null) : IRequest<Paged<MyRequest>>;

    public sealed record MyRequest(
        Guid Id,
        string Reference,
        string ServiceCode,
        string ServiceNameAr,
        string ServiceNameEn,
        CaseStatus Status,
        string StatusNameAr,
        string StatusNameEn,
        string? CurrentStep,
        int? StepNumber,
        int StepCount,
        string? StepNameAr,
        string? StepNameEn,
        DateTimeOffset CreatedAt,
        MemberAction? ActionNeeded);

    public sealed class Handler(AppDbContext db, IWorkflowInstanceQueries instances) : IRequestHandler<Query, Paged<MyRequest>>
    {
        public async Task<Paged<MyRequest>> Handle(Query request, CancellationToken cancellationToken)
        {
            var page = await PageRequest.Of(request.Page, request.PageSize).ReadAsync(db.Set<ServiceCase>().AsNoTracking()
                .Where(c => c.MemberId == request.MemberId)
                .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id), cancellationToken);
            var cases = page.Items;
            var instanceIds = cases.Select(c => Guid.TryParse(c.WorkflowInstanceId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
            var positions = await instances.PositionsAsync(instanceIds, cancellationToken);
            var codes = cases.Select(c => c.ServiceTypeCode).Distinct().ToList();
            var services = await db.Set<ServiceType>().AsNoTracking().Where(s => codes.Contains(s.Code))
                .ToDictionaryAsync(s => s.Code, cancellationToken);

            return page.Select(c =>
            {
                var service = services.GetValueOrDefault(c.ServiceTypeCode);
                var status = PortalCaseView.StatusName(c);
                var position = Guid.TryParse(c.WorkflowInstanceId, out var id) ? positions.GetValueOrDefault(id) : null;
                var stage = c.CurrentStage is null ? null : LocalizedName.Of(position?.CurrentStageName, c.CurrentStage);
                return new MyRequest(c.Id, c.Reference.Value, c.ServiceTypeCode, service?.NameAr ?? c.ServiceTypeCode, service?.NameEn ?? c.ServiceTypeCode,
                    c.Status, status.Ar, status.En, c.CurrentStage, position?.CurrentStageNumber, position?.StageCount ?? 0, stage?.Ar, stage?.En, c.CreatedAt,
                    PortalCaseView.ActionNeeded(c, position?.AwaitedEvents ?? []));
            });
        }
    }
}
