using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Tasks;

/// <summary>An open task with the case it belongs to, for the inbox and the SLA view.</summary>
public sealed record CaseTaskRow(CaseTaskDto Task, Guid CaseId, string CaseReference, string ServiceType, string MemberName);

/// <summary>Open human tasks of cases: the engine's tasks (<see cref="IWorkflowTasks"/>) joined to the cases they run.</summary>
public sealed class OpenTasks(AppDbContext db, IWorkflowTasks tasks)
{
    /// <summary>
    /// One page of the open tasks matching <paramref name="query"/>, in its order, filtered, sorted and paged by the engine's
    /// query; the page's cases and members are read in one more query. The total counts every matching task.
    /// </summary>
    public async Task<Paged<CaseTaskRow>> PageAsync(TaskQuery query, PageRequest paging, DateTimeOffset now, TimeSpan dueSoonWindow,
        CancellationToken cancellationToken)
    {
        var page = await tasks.ListAsync(query with { Page = paging.Page, PageSize = paging.PageSize }, cancellationToken);
        var found = page.Items;
        if (found.Count == 0)
        {
            return paging.ToPaged<CaseTaskRow>([], page.Total);
        }

        var idTexts = found.Select(t => t.InstanceId.ToString()).Distinct().ToList();
        var cases = await db.Set<ServiceCase>().AsNoTracking().Where(c => idTexts.Contains(c.WorkflowInstanceId!))
            .Join(db.Set<Member>(), c => c.MemberId, m => m.Id, (c, m) => new
            {
                c.Id, c.Reference, c.WorkflowInstanceId, c.ServiceTypeCode, m.FirstName, m.FatherName, m.GrandfatherName, m.FamilyName,
            })
            .ToListAsync(cancellationToken);
        var byInstance = cases.ToDictionary(c => c.WorkflowInstanceId!, StringComparer.Ordinal);

        var rows = new List<CaseTaskRow>(found.Count);
        foreach (var task in found)
        {
            if (!byInstance.TryGetValue(task.InstanceId.ToString(), out var serviceCase))
            {
                continue; // a workflow that runs no case
            }

            rows.Add(new CaseTaskRow(
                CaseTasks.ToTask(task, now, dueSoonWindow),
                serviceCase.Id,
                serviceCase.Reference.Value,
                serviceCase.ServiceTypeCode,
                $"{serviceCase.FirstName} {serviceCase.FatherName} {serviceCase.GrandfatherName} {serviceCase.FamilyName}"));
        }

        return paging.ToPaged(rows, page.Total);
    }
}
