using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Organization;
using DomatAljandal.Host.Features.Departments;
using DomatAljandal.Host.Features.Reports.Stages;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Reports;

/// <summary>
/// The cases a report covers: all, or those of one service type, one channel, or one department's service types; and the
/// stage stays a department handled.
/// </summary>
public sealed class ReportScope(AppDbContext db)
{
    /// <exception cref="ProblemException">400 naming <c>serviceType</c> or <c>department</c> when it is not known.</exception>
    public async Task<IQueryable<ServiceCase>> CasesAsync(string? serviceType, Channel? channel, Guid? department, CancellationToken cancellationToken)
    {
        var cases = db.Set<ServiceCase>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(serviceType))
        {
            var code = serviceType.Trim();
            if (!await db.Set<ServiceType>().AnyAsync(s => s.Code == code, cancellationToken))
            {
                throw ProblemException.Validation("serviceType", $"لا توجد خدمة بالرمز «{code}».", $"There is no service with the code “{code}”.");
            }

            cases = cases.Where(c => c.ServiceTypeCode == code);
        }

        if (channel is { } only)
        {
            cases = cases.Where(c => c.Channel == only);
        }

        if (department is { } id)
        {
            cases = await DepartmentCasesAsync(cases, id, cancellationToken);
        }

        return cases;
    }

    /// <summary>The department's cases: those of the service types it handles.</summary>
    private async Task<IQueryable<ServiceCase>> DepartmentCasesAsync(IQueryable<ServiceCase> cases, Guid department, CancellationToken cancellationToken)
    {
        await RequireDepartmentAsync(department, cancellationToken);
        return cases.Where(c => db.Set<DepartmentServiceType>().Any(s => s.ServiceTypeCode == c.ServiceTypeCode && s.DepartmentId == department));
    }

    /// <summary>
    /// The stays a department handled: in a stage assigned to it, or in a stage assigned to no department of a service type
    /// it handles.
    /// </summary>
    public IQueryable<CaseStageVisit> VisitsOfDepartment(IQueryable<CaseStageVisit> visits, Guid department) =>
        from v in visits
        join c in db.Set<ServiceCase>() on v.CaseId equals c.Id
        where (db.Set<StageDepartment>().Where(s => s.WorkflowDefinitionId == v.DefinitionId && s.StageId == v.StageId).Select(s => (Guid?)s.DepartmentId).FirstOrDefault()
               ?? db.Set<DepartmentServiceType>().Where(s => s.ServiceTypeCode == c.ServiceTypeCode).Select(s => (Guid?)s.DepartmentId).FirstOrDefault()) == department
        select v;

    /// <exception cref="ProblemException">400 naming <c>department</c> when there is no such department.</exception>
    public async Task RequireDepartmentAsync(Guid department, CancellationToken cancellationToken)
    {
        if (!await db.Set<Department>().AnyAsync(d => d.Id == department, cancellationToken))
        {
            throw ProblemException.Validation("department", $"لا توجد إدارة بالمعرّف {department}.", $"There is no department {department}.");
        }
    }
}
