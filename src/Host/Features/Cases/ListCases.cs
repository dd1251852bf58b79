using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Features.Cases.Tasks;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>Cases, newest first, filtered by status, stage (<c>step</c>: a stage id), assignee (who claimed an open task), deadline breach and member; paged.</summary>
public static class ListCases
{
    public sealed record Query(
        CaseStatus? Status = null,
        string? Step = null,
        string? Assignee = null,
        bool? Breached = null,
        Guid? MemberId = null,
        string? ServiceType = null,
        int? Page = null,
        int? PageSize = null) : IRequest<Paged<CaseListItem>>;

    public sealed record CaseListItem(
        Guid Id,
        string Reference,
        CaseStatus Status,
        string? CurrentStep,
        string? CurrentStepNameAr,
        string? CurrentStepNameEn,
        Channel Channel,
        string ServiceType,
        Guid MemberId,
        string MemberName,
        DateTimeOffset CreatedAt,
        DateTimeOffset? ClosedAt,
        bool IsDeadlineBreached);

    /// <summary>The cases the query's filters select (all its filters but paging), for the list and its export.</summary>
    public static async Task<IQueryable<ServiceCase>> FilteredAsync(AppDbContext db, IWorkflowTasks tasks, Query request, CancellationToken cancellationToken)
    {
        var query = db.Set<ServiceCase>().AsNoTracking();
        if (request.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Step))
        {
            var stage = request.Step.Trim();
            query = query.Where(c => c.CurrentStage == stage);
        }

        if (request.Breached is { } breached)
        {
            query = query.Where(c => c.IsDeadlineBreached == breached);
        }

        if (request.MemberId is { } memberId)
        {
            query = query.Where(c => c.MemberId == memberId);
        }

        if (!string.IsNullOrWhiteSpace(request.ServiceType))
        {
            query = query.Where(c => c.ServiceTypeCode == request.ServiceType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.Assignee))
        {
            var assignee = request.Assignee.Trim();
            var claimed = await tasks.ListAsync(new TaskQuery { ClaimedBy = assignee, PageSize = TaskQuery.MaxPageSize }, cancellationToken);
            var ids = claimed.Items.Select(t => t.InstanceId.ToString()).Distinct().ToList();
            query = query.Where(c => ids.Contains(c.WorkflowInstanceId!));
        }

        return query;
    }

    public sealed class Handler(AppDbContext db, IWorkflowTasks tasks, IWorkflowInstanceQueries instances) : IRequestHandler<Query, Paged<CaseListItem>>
    {
        public async Task<Paged<CaseListItem>> Handle(Query request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);

            var query = await FilteredAsync(db, tasks, request, cancellationToken);
            var rows = await query
                .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
                .Skip(paging.Skip)
                .Take(paging.PageSize)
                .Join(db.Set<Member>(), c => c.MemberId, m => m.Id, (c, m) => new
                {
                    c.Id, c.Reference, c.Status, c.CurrentStage, c.WorkflowInstanceId, c.Channel, c.ServiceTypeCode, c.MemberId,
                    m.FirstName, m.FatherName, m.GrandfatherName, m.FamilyName, c.CreatedAt, c.ClosedAt, c.IsDeadlineBreached,
                })
                .ToListAsync(cancellationToken);
            // Only a case in a stage shows the stage's name; a closed case's instance is not read.
            var positions = await instances.PositionsAsync(
                [.. rows.Where(r => r.CurrentStage is not null)
                    .Select(r => Guid.TryParse(r.WorkflowInstanceId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)], cancellationToken);
            var items = rows
                .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
                .Select(r =>
                {
                    var stage = r.CurrentStage is null ? null : LocalizedName.Of(
                        Guid.TryParse(r.WorkflowInstanceId, out var id) && positions.TryGetValue(id, out var p) ? p.CurrentStageName : null, r.CurrentStage);
                    return new CaseListItem(r.Id, r.Reference.Value, r.Status, r.CurrentStage, stage?.Ar, stage?.En, r.Channel, r.ServiceTypeCode, r.MemberId,
                        $"{r.FirstName} {r.FatherName} {r.GrandfatherName} {r.FamilyName}", r.CreatedAt, r.ClosedAt, r.IsDeadlineBreached);
                })
                .ToList();
            return paging.ToPaged(items, await paging.TotalAsync(query, items.Count, cancellationToken));
        }
    }
}
