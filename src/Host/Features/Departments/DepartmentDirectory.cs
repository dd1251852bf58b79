using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Departments;

/// <summary>Who handles what: the department of a case or a service, the staff of a department, the departments of a user.</summary>
public interface IDepartmentDirectory
{
    /// <summary>The department that handles the case now: its current stage's, else its service type's; null when neither has one.</summary>
    Task<Guid?> DepartmentOfCaseAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>The department that handles a service type, or null.</summary>
    Task<Guid?> DepartmentOfServiceTypeAsync(string serviceTypeCode, CancellationToken cancellationToken);

    /// <summary>The department that handles a stage of a procedure, or null.</summary>
    Task<Guid?> DepartmentOfStageAsync(string workflowDefinitionId, string stageId, CancellationToken cancellationToken);

    /// <summary>The user ids of a department's active staff, optionally only those in <paramref name="role"/> (e.g. its managers).</summary>
    Task<IReadOnlyList<string>> StaffOfAsync(Guid departmentId, string? role, CancellationToken cancellationToken);

    /// <summary>The departments a user belongs to.</summary>
    Task<IReadOnlyList<Guid>> DepartmentsOfUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// The email addresses of a department's active managers, to tell them of something of theirs; without a department,
    /// or one with no manager, every active manager's (so it is never told to nobody).
    /// </summary>
    Task<IReadOnlyList<string>> ManagerEmailsAsync(Guid? departmentId, CancellationToken cancellationToken);
}

public sealed class DepartmentDirectory(AppDbContext db) : IDepartmentDirectory
{
    public async Task<Guid?> DepartmentOfCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var found = await (from c in db.Set<ServiceCase>()
                           join t in db.Set<ServiceType>() on c.ServiceTypeCode equals t.Code
                           where c.Id == caseId
                           select new
                           {
                               ByStage = db.Set<StageDepartment>()
                                   .Where(s => s.WorkflowDefinitionId == t.WorkflowDefinitionId && s.StageId == c.CurrentStage)
                                   .Select(s => (Guid?)s.DepartmentId).FirstOrDefault(),
                               ByService = db.Set<DepartmentServiceType>()
                                   .Where(s => s.ServiceTypeCode == c.ServiceTypeCode)
                                   .Select(s => (Guid?)s.DepartmentId).FirstOrDefault(),
                           }).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return found?.ByStage ?? found?.ByService;
    }

    public async Task<Guid?> DepartmentOfServiceTypeAsync(string serviceTypeCode, CancellationToken cancellationToken) =>
        await db.Set<DepartmentServiceType>().Where(s => s.ServiceTypeCode == serviceTypeCode)
            .Select(s => (Guid?)s.DepartmentId).FirstOrDefaultAsync(cancellationToken);

    public async Task<Guid?> DepartmentOfStageAsync(string workflowDefinitionId, string stageId, CancellationToken cancellationToken) =>
        await db.Set<StageDepartment>().Where(s => s.WorkflowDefinitionId == workflowDefinitionId && s.StageId == stageId)
            .Select(s => (Guid?)s.DepartmentId).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> StaffOfAsync(Guid departmentId, string? role, CancellationToken cancellationToken)
    {
        var staff = from s in db.Set<DepartmentStaff>()
                    join u in db.Users on s.UserId equals u.Id
                    where s.DepartmentId == departmentId && u.IsActive
                    select u;
        if (role is not null)
        {
            staff = from u in staff
                    join ur in db.UserRoles on u.Id equals ur.UserId
                    join r in db.Roles on ur.RoleId equals r.Id
                    where r.Name == role
                    select u;
        }

        return await staff.Select(u => u.Id).Distinct().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> DepartmentsOfUserAsync(string userId, CancellationToken cancellationToken) =>
        await db.Set<DepartmentStaff>().Where(s => s.UserId == userId).Select(s => s.DepartmentId).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> ManagerEmailsAsync(Guid? departmentId, CancellationToken cancellationToken)
    {
        var managers = from u in db.Users
                       join ur in db.UserRoles on u.Id equals ur.UserId
                       join r in db.Roles on ur.RoleId equals r.Id
                       where r.Name == Roles.Manager && u.IsActive && u.Email != null
                       select u;
        if (departmentId is { } id)
        {
            var ofDepartment = await managers.Where(u => db.Set<DepartmentStaff>().Any(s => s.DepartmentId == id && s.UserId == u.Id))
                .Select(u => u.Email!).Distinct().ToListAsync(cancellationToken);
            if (ofDepartment.Count > 0)
            {
                return ofDepartment;
            }
        }

        return await managers.Select(u => u.Email!).Distinct().ToListAsync(cancellationToken);
    }
}
