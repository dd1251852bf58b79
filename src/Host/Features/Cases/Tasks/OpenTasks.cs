using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Tasks;

/// <summary>An open task with the case it belongs to, for the inbox and the SLA view.</summary>
public sealed record CaseTaskRow(CaseTaskDto Task, Guid CaseId, string CaseReference, string ServiceType, string MemberName, ProcedureStep Step);

/// <summary>Open human tasks of cases (bookmarks joined to cases through the workflow instance id), with names from their definitions.</summary>
public sealed class OpenTasks(AppDbContext db, ProcedureDefinitions definitions)
{
    public async Task<List<CaseTaskRow>> ListAsync(Func<IQueryable<Bookmark>, IQueryable<Bookmark>> filter, DateTimeOffset now, TimeSpan dueSoonWindow,
        CancellationToken cancellationToken)
    {
        var bookmarks = await filter(db.Set<Bookmark>().AsNoTracking().Where(b => b.ConsumedAt == null && b.Kind == BookmarkKind.HumanTask))
            .ToListAsync(cancellationToken);
        if (bookmarks.Count == 0)
        {
            return [];
        }

        var instanceIds = bookmarks.Select(b => b.InstanceId).Distinct().ToList();
        var instances = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => instanceIds.Contains(i.Id))
            .Select(i => new { i.Id, i.DefinitionId, i.Version }).ToListAsync(cancellationToken);
        var idTexts = instanceIds.Select(i => i.ToString()).ToList();
        var cases = await db.Set<ServiceCase>().AsNoTracking().Where(c => idTexts.Contains(c.WorkflowInstanceId!))
            .Join(db.Set<Member>(), c => c.MemberId, m => m.Id, (c, m) => new
            {
                c.Id, c.Reference, c.WorkflowInstanceId, c.ServiceTypeCode, c.CurrentStep, m.FirstName, m.FatherName, m.GrandfatherName, m.FamilyName,
            })
            .ToListAsync(cancellationToken);

        var definitionsById = new Dictionary<Guid, WorkflowDefinition?>();
        foreach (var instance in instances)
        {
            definitionsById[instance.Id] = await definitions.GetAsync(instance.DefinitionId, instance.Version, cancellationToken);
        }

        var rows = new List<CaseTaskRow>();
        foreach (var bookmark in bookmarks)
        {
            var serviceCase = cases.FirstOrDefault(c => c.WorkflowInstanceId == bookmark.InstanceId.ToString());
            if (serviceCase is null)
            {
                continue; // a workflow that runs no case
            }

            rows.Add(new CaseTaskRow(
                CaseTasks.ToTask(bookmark, definitionsById.GetValueOrDefault(bookmark.InstanceId), now, dueSoonWindow),
                serviceCase.Id,
                serviceCase.Reference.Value,
                serviceCase.ServiceTypeCode,
                $"{serviceCase.FirstName} {serviceCase.FatherName} {serviceCase.GrandfatherName} {serviceCase.FamilyName}",
                serviceCase.CurrentStep));
        }

        return rows;
    }
}
