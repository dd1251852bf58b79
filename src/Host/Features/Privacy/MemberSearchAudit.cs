using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Members.Search;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>A search of the registry is audited like a read: who searched for what and how many members it showed.</summary>
public sealed class MemberSearchAudit(AppDbContext db, AuditTrail audit) : IPipelineBehavior<SearchMembers.Query, Paged<SearchMembers.MemberSearchHit>>
{
    public const string EntityType = "MemberSearch";

    public async Task<Paged<SearchMembers.MemberSearchHit>> Handle(SearchMembers.Query request, CancellationToken cancellationToken,
        RequestHandlerDelegate<Paged<SearchMembers.MemberSearchHit>> next)
    {
        var found = await next();
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            audit.Record(AuditAction.Viewed, EntityType, "-", new { q = request.Q, total = found.Total, shown = found.Items.Select(i => i.Id) });
            await db.SaveChangesAsync(cancellationToken);
        }

        return found;
    }
}
