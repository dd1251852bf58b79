using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Organization;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Definitions;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Departments;

/// <summary>
/// The society's departments as admins keep them: names, the staff who belong to each, the service types and the
/// procedure stages each handles. A service type or a stage is handled by one department: giving it to another moves it.
/// </summary>
public static class ManageDepartments
{
    public sealed record List : IRequest<IReadOnlyList<DepartmentDto>>;

    public sealed record Get(Guid Id) : IRequest<DepartmentDto?>;

    /// <summary>Adds (<paramref name="Id"/> null) or changes a department; the lists, when given, replace the current ones.</summary>
    public sealed record Save(Guid? Id, Body Body) : IRequest<DepartmentDto>;

    /// <summary>The stages an admin can give a department: those of every published procedure.</summary>
    public sealed record ListStages : IRequest<IReadOnlyList<ProcedureStage>>;

    public sealed record Body(
        string? Code, string? NameAr, string? NameEn, bool? IsActive,
        IReadOnlyList<string>? Staff, IReadOnlyList<string>? ServiceTypes, IReadOnlyList<StageRef>? Stages);

    public sealed record StageRef(string WorkflowDefinitionId, string StageId);

    public sealed record StaffDto(string UserId, string FullName, string Email);

    public sealed record DepartmentDto(
        Guid Id, string Code, string NameAr, string NameEn, bool IsActive,
        IReadOnlyList<StaffDto> Staff, IReadOnlyList<string> ServiceTypes, IReadOnlyList<StageRef> Stages);

    public sealed record ProcedureStage(string WorkflowDefinitionId, string ProcedureNameAr, string ProcedureNameEn,
        string StageId, string NameAr, string NameEn);

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, IWorkflowDefinitionStore store, ProcedureDefinitions definitions)
        : IRequestHandler<List, IReadOnlyList<DepartmentDto>>, IRequestHandler<Get, DepartmentDto?>,
          IRequestHandler<Save, DepartmentDto>, IRequestHandler<ListStages, IReadOnlyList<ProcedureStage>>
    {
        public async Task<IReadOnlyList<DepartmentDto>> Handle(List request, CancellationToken cancellationToken)
        {
            var departments = await db.Set<Department>().AsNoTracking().OrderBy(d => d.NameAr).ToListAsync(cancellationToken);
            return await ToDtosAsync(departments, cancellationToken);
        }

        public async Task<DepartmentDto?> Handle(Get request, CancellationToken cancellationToken)
        {
            var department = await db.Set<Department>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken);
            return department is null ? null : (await ToDtosAsync([department], cancellationToken))[0];
        }

        public async Task<IReadOnlyList<ProcedureStage>> Handle(ListStages request, CancellationToken cancellationToken)
        {
            var stages = new List<ProcedureStage>();
            foreach (var summary in await store.ListAsync(cancellationToken))
            {
                if (summary.PublishedVersion is not { } version
                    || await definitions.GetAsync(summary.DefinitionId, version, cancellationToken) is not { Stages: { } declared })
                {
                    continue;
                }

                var procedure = LocalizedName.Of(summary.Name, summary.DefinitionId);
                stages.AddRange(declared.Select(stage =>
                {
                    var name = LocalizedName.Of(stage.Name, stage.Id);
                    return new ProcedureStage(summary.DefinitionId, procedure.Ar, procedure.En, stage.Id, name.Ar, name.En);
                }));
            }

            return stages;
        }

        public async Task<DepartmentDto> Handle(Save request, CancellationToken cancellationToken)
        {
            var body = request.Body;
            Department department;
            if (request.Id is { } id)
            {
                department = await db.Set<Department>().SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
                    ?? throw new ProblemException(StatusCodes.Status404NotFound, "لا توجد إدارة بهذا المعرّف. / No department has this id.");
                if (body.Code is { } code && code.Trim() != department.Code)
                {
                    throw ProblemException.Validation("code", "لا يتغير رمز الإدارة بعد إنشائها.", "A department's code does not change once it is created.");
                }

                department.Rename(body.NameAr, body.NameEn);
            }
            else
            {
                department = Department.Create(body.Code, body.NameAr, body.NameEn);
                if (await db.Set<Department>().AnyAsync(d => d.Code == department.Code, cancellationToken))
                {
                    throw ProblemException.Validation("code", $"توجد إدارة بالرمز «{department.Code}».", $"A department with the code '{department.Code}' exists.");
                }

                db.Add(department);
            }

            if (body.IsActive is { } active)
            {
                department.SetActive(active);
            }

            if (body.Staff is { } staff)
            {
                await ReplaceStaffAsync(department.Id, staff, cancellationToken);
            }

            if (body.ServiceTypes is { } serviceTypes)
            {
                await ReplaceServiceTypesAsync(department.Id, serviceTypes, cancellationToken);
            }

            if (body.Stages is { } stages)
            {
                await ReplaceStagesAsync(department.Id, stages, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return (await ToDtosAsync([department], cancellationToken))[0];
        }

        private async Task ReplaceStaffAsync(Guid departmentId, IReadOnlyList<string> userIds, CancellationToken cancellationToken)
        {
            var wanted = userIds.Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim()).Distinct().ToList();
            var known = await users.Users.Where(u => wanted.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
            if (wanted.Except(known).FirstOrDefault() is { } unknown)
            {
                throw ProblemException.Validation("staff", $"لا يوجد مستخدم بالمعرّف «{unknown}».", $"No user has the id '{unknown}'.");
            }

            foreach (var user in await users.Users.Where(u => wanted.Contains(u.Id)).ToListAsync(cancellationToken))
            {
                if (!(await users.GetRolesAsync(user)).Any(Roles.Staff.Contains))
                {
                    throw ProblemException.Validation("staff", $"«{user.FullName}» ليس من الموظفين: لا ينتمي إلى الإدارات إلا الموظفون.",
                        $"'{user.FullName}' is not staff: only staff belong to departments.");
                }
            }

            var current = await db.Set<DepartmentStaff>().Where(s => s.DepartmentId == departmentId).ToListAsync(cancellationToken);
            db.RemoveRange(current.Where(s => !wanted.Contains(s.UserId)));
            db.AddRange(wanted.Where(u => current.All(s => s.UserId != u)).Select(u => new DepartmentStaff { DepartmentId = departmentId, UserId = u }));
        }

        private async Task ReplaceServiceTypesAsync(Guid departmentId, IReadOnlyList<string> codes, CancellationToken cancellationToken)
        {
            var wanted = codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().ToList();
            var known = await db.Set<ServiceType>().Where(s => wanted.Contains(s.Code)).Select(s => s.Code).ToListAsync(cancellationToken);
            if (wanted.Except(known).FirstOrDefault() is { } unknown)
            {
                throw ProblemException.Validation("serviceTypes", $"لا توجد خدمة بالرمز «{unknown}».", $"No service type has the code '{unknown}'.");
            }

            var assigned = await db.Set<DepartmentServiceType>()
                .Where(s => s.DepartmentId == departmentId || wanted.Contains(s.ServiceTypeCode)).ToListAsync(cancellationToken);
            db.RemoveRange(assigned.Where(s => s.DepartmentId == departmentId && !wanted.Contains(s.ServiceTypeCode)));
            foreach (var code in wanted)
            {
                if (assigned.Find(s => s.ServiceTypeCode == code) is { } existing)
                {
                    existing.DepartmentId = departmentId;
                }
                else
                {
                    db.Add(new DepartmentServiceType { ServiceTypeCode = code, DepartmentId = departmentId });
                }
            }
        }

        private async Task ReplaceStagesAsync(Guid departmentId, IReadOnlyList<StageRef> stages, CancellationToken cancellationToken)
        {
            var declared = await Handle(new ListStages(), cancellationToken);
            var wanted = stages.Distinct().ToList();
            if (wanted.FirstOrDefault(s => !declared.Any(d => d.WorkflowDefinitionId == s.WorkflowDefinitionId && d.StageId == s.StageId)) is { } unknown)
            {
                throw ProblemException.Validation("stages",
                    $"المرحلة «{unknown.StageId}» غير معلنة في الإجراء المنشور «{unknown.WorkflowDefinitionId}».",
                    $"The stage '{unknown.StageId}' is not declared in the published procedure '{unknown.WorkflowDefinitionId}'.");
            }

            var current = await db.Set<StageDepartment>().ToListAsync(cancellationToken);
            db.RemoveRange(current.Where(s => s.DepartmentId == departmentId && !wanted.Contains(new StageRef(s.WorkflowDefinitionId, s.StageId))));
            foreach (var stage in wanted)
            {
                if (current.Find(s => s.WorkflowDefinitionId == stage.WorkflowDefinitionId && s.StageId == stage.StageId) is { } existing)
                {
                    existing.DepartmentId = departmentId;
                }
                else
                {
                    db.Add(new StageDepartment { WorkflowDefinitionId = stage.WorkflowDefinitionId, StageId = stage.StageId, DepartmentId = departmentId });
                }
            }
        }

        private async Task<IReadOnlyList<DepartmentDto>> ToDtosAsync(IReadOnlyList<Department> departments, CancellationToken cancellationToken)
        {
            var ids = departments.Select(d => d.Id).ToList();
            var staff = await (from s in db.Set<DepartmentStaff>()
                               join u in db.Users on s.UserId equals u.Id
                               where ids.Contains(s.DepartmentId)
                               orderby u.FullName
                               select new { s.DepartmentId, u.Id, u.FullName, u.Email }).ToListAsync(cancellationToken);
            var services = await db.Set<DepartmentServiceType>().AsNoTracking().Where(s => ids.Contains(s.DepartmentId))
                .OrderBy(s => s.ServiceTypeCode).ToListAsync(cancellationToken);
            var stages = await db.Set<StageDepartment>().AsNoTracking().Where(s => ids.Contains(s.DepartmentId))
                .OrderBy(s => s.WorkflowDefinitionId).ThenBy(s => s.StageId).ToListAsync(cancellationToken);
            return [.. departments.Select(d => new DepartmentDto(d.Id, d.Code, d.NameAr, d.NameEn, d.IsActive,
                [.. staff.Where(s => s.DepartmentId == d.Id).Select(s => new StaffDto(s.Id, s.FullName, s.Email ?? string.Empty))],
                [.. services.Where(s => s.DepartmentId == d.Id).Select(s => s.ServiceTypeCode)],
                [.. stages.Where(s => s.DepartmentId == d.Id).Select(s => new StageRef(s.WorkflowDefinitionId, s.StageId))]))];
        }
    }
}
