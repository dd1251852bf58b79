using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Audit;

/// <summary>
/// Who read or changed what, newest first, optionally of one entity type or one record; paged. Served by the
/// (entity type, entity id, time) index for one record and the time index for the whole trail.
/// </summary>
public static class ListAuditEntries
{
    public sealed record Query(string? EntityType = null, string? EntityId = null, int? Page = null, int? PageSize = null) : IRequest<Paged<AuditEntryDto>>;

    public sealed record AuditEntryDto(Guid Id, DateTimeOffset At, string Actor, AuditAction Action, string EntityType, string EntityId, string? Details, string? IpAddress);

    public sealed class Handler(AppDbContext db) : IRequestHandler<Query, Paged<AuditEntryDto>>
    {
        public async Task<Paged<AuditEntryDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var query = db.Set<AuditEntry>().AsNoTracking();
            if (!string.IsNullOrWhiteSpace(request.EntityType))
            {
                query = query.Where(e => e.EntityType == request.EntityType);
            }

            if (!string.IsNullOrWhiteSpace(request.EntityId))
            {
                query = query.Where(e => e.EntityId == request.EntityId);
            }

            var page = await paging.ReadAsync(query.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id), cancellationToken);
            return page.Select(e => new AuditEntryDto(
                e.Id, new DateTimeOffset(DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc)), e.Actor, e.Action, e.EntityType, e.EntityId, e.Details, e.IpAddress));
        }
    }
}
