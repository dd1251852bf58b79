using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Pages;

/// <summary>The procedure step each of the given cases is at (the inbox's "step" column).</summary>
public static class CurrentSteps
{
    public sealed record Query(IReadOnlyCollection<Guid> CaseIds) : IRequest<IReadOnlyDictionary<Guid, ProcedureStep>>;

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, IReadOnlyDictionary<Guid, ProcedureStep>>
    {
        public async Task<IReadOnlyDictionary<Guid, ProcedureStep>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (request.CaseIds.Count == 0)
            {
                return new Dictionary<Guid, ProcedureStep>();
            }

            var ids = request.CaseIds.Distinct().ToList();
            return await db.Set<ServiceCase>().AsNoTracking().Where(c => ids.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => c.CurrentStep, cancellationToken);
        }
    }
}
