using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;

namespace DomatAljandal.Host.Features.Outreach.Documents;

/// <summary>The staff of departments a document is circulated to. Departments arrive with the lead's departments feature.</summary>
internal static class DepartmentStaff
{
    public static Task<IReadOnlyList<string>> OfAsync(AppDbContext db, IReadOnlyList<Guid> departments, CancellationToken cancellationToken)
    {
        _ = db;
        _ = cancellationToken;
        if (departments.Count > 0)
        {
            throw ProblemException.Validation("departments", "لا توجد إدارات بعد.", "There are no departments yet.");
        }

        return Task.FromResult<IReadOnlyList<string>>([]);
    }
}
