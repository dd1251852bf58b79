using DomatAljandal.Domain.Organization;
using DomatAljandal.Host.Features.Departments;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Outreach.Documents;

/// <summary>The staff of the departments a document is circulated to, through the <see cref="IDepartmentDirectory"/>.</summary>
internal static class DepartmentStaff
{
    /// <exception cref="ProblemException">400 naming <c>departments</c> for an unknown or inactive department.</exception>
    public static async Task<IReadOnlyList<string>> OfAsync(AppDbContext db, IDepartmentDirectory directory, List<Guid> departments,
        CancellationToken cancellationToken)
    {
        if (departments.Count == 0)
        {
            return [];
        }

        var known = await db.Set<Department>().Where(d => departments.Contains(d.Id) && d.IsActive).Select(d => d.Id).ToListAsync(cancellationToken);
        if (departments.Except(known).ToList() is [var unknown, ..])
        {
            throw ProblemException.Validation("departments", $"لا توجد إدارة فعّالة بالمعرّف {unknown}.", $"There is no active department {unknown}.");
        }

        var staff = new List<string>();
        foreach (var department in known)
        {
            staff.AddRange(await directory.StaffOfAsync(department, null, cancellationToken));
        }

        return staff;
    }
}
