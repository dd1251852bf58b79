using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Organization;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Departments;

/// <summary>
/// On first start (no department yet) adds the member relations department and gives it every service type of the
/// catalog, so deadlines, follow-ups and reports have a department from day one. After that departments belong to the admins.
/// </summary>
public sealed class DepartmentSeeder(AppDbContext db, ILogger<DepartmentSeeder> logger) : IStartupSeeder
{
    public const string MemberRelationsCode = "member-relations";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Department>().AnyAsync(cancellationToken))
        {
            return;
        }

        var department = Department.Create(MemberRelationsCode, "إدارة علاقات الأعضاء", "Member relations");
        db.Add(department);
        var codes = await db.Set<ServiceType>().Select(s => s.Code).ToListAsync(cancellationToken);
        db.AddRange(codes.Select(code => new DepartmentServiceType { ServiceTypeCode = code, DepartmentId = department.Id }));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Department {DepartmentCode} seeded with {ServiceTypeCount} service types", department.Code, codes.Count);
    }
}
