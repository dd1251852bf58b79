using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Portal;

/// <summary>
/// The one gate between a member and a case: every <see cref="IMemberCaseRequest"/> is refused with 404 unless the case
/// belongs to the member — the same answer as for a case that does not exist, so ids reveal nothing.
/// </summary>
public sealed class MemberCaseScope<TRequest, TResponse>(AppDbContext db) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is IMemberCaseRequest scoped
            && !await db.Set<ServiceCase>().AnyAsync(c => c.Id == scoped.CaseId && c.MemberId == scoped.MemberId, cancellationToken))
        {
            throw PortalProblems.NotFound();
        }

        return await next();
    }
}
