using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.ServiceCatalog;

/// <summary>The service catalog, by Arabic name; inactive services only when asked for.</summary>
public static class ListServiceTypes
{
    public sealed record Query(bool IncludeInactive = false) : IRequest<IReadOnlyList<ServiceTypeDto>>;

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, IReadOnlyList<ServiceTypeDto>>
    {
        public async Task<IReadOnlyList<ServiceTypeDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            var query = db.Set<ServiceType>().AsNoTracking();
            if (!request.IncludeInactive)
            {
                query = query.Where(s => s.IsActive);
            }

            var all = await query.ToListAsync(cancellationToken);
            return [.. all.OrderBy(s => s.Code, StringComparer.Ordinal).Select(ServiceTypeDto.From)];
        }
    }
}
