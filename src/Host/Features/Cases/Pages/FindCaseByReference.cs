using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Pages;

/// <summary>The case with a reference as read off paper (any digits, any case: «dj-١٤٤٨-٠٠٠٠٤٢»), or null.</summary>
public static class FindCaseByReference
{
    public sealed record Query(string? Reference) : IRequest<Guid?>;

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, Guid?>
    {
        public async Task<Guid?> Handle(Query request, CancellationToken cancellationToken)
        {
            if (!CaseReference.TryParse(request.Reference, out var reference))
            {
                return null;
            }

            return await db.Set<ServiceCase>().AsNoTracking().Where(c => c.Reference == reference).Select(c => (Guid?)c.Id)
                .FirstOrDefaultAsync(cancellationToken);
        }
    }
}
