using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Infrastructure.Spreadsheets;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Audit;

/// <summary>
/// Who read or changed what, newest first, optionally of one entity type or one record (a member: <c>memberId</c>), by
/// one user (<c>actor</c>) and within a period; paged, or every match as a workbook. Served by the (entity type, entity
/// id, time) index for one record and the time index for the whole trail.
/// </summary>
public static class ListAuditEntries
{
    /// <summary>A bound on one export of the trail.</summary>
    public const int MaxExportRows = 200_000;

    public sealed record Query(
        string? EntityType = null,
        string? EntityId = null,
        int? Page = null,
        int? PageSize = null,
        string? Actor = null,
        DateTimeOffset? From = null,
        DateTimeOffset? To = null,
        Guid? MemberId = null) : IRequest<Paged<AuditEntryDto>>;

    /// <summary>Every entry the query's filters select, as a workbook sheet (the export itself is audited).</summary>
    public sealed record Export(Query Filters) : IRequest<Sheet>;

    public sealed record AuditEntryDto(Guid Id, DateTimeOffset At, string Actor, AuditAction Action, string EntityType, string EntityId, string? Details, string? IpAddress);

    public sealed class Handler(AppDbContext db, AuditTrail audit) : IRequestHandler<Query, Paged<AuditEntryDto>>, IRequestHandler<Export, Sheet>
    {
        public async Task<Paged<AuditEntryDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var page = await paging.ReadAsync(Filtered(request).OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id), cancellationToken);
            return page.Select(e => new AuditEntryDto(
                e.Id, new DateTimeOffset(DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc)), e.Actor, e.Action, e.EntityType, e.EntityId, e.Details, e.IpAddress));
        }

        public async Task<Sheet> Handle(Export request, CancellationToken cancellationToken)
        {
            var filters = request.Filters;
            var rows = Filtered(filters).OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Take(MaxExportRows)
                .Select(e => new { e.AtUtc, e.Actor, e.Action, e.EntityType, e.EntityId, e.IpAddress, e.Details })
                .AsAsyncEnumerable()
                .Select(e => (IReadOnlyList<object?>)
                    [new DateTimeOffset(DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc)), e.Actor, e.Action.ToString(), e.EntityType, e.EntityId, e.IpAddress, e.Details]);
            audit.Record(AuditAction.Exported, nameof(AuditEntry), "list", new
            {
                filters.EntityType, filters.EntityId, filters.MemberId, filters.Actor, filters.From, filters.To, format = "xlsx",
            });
            await db.SaveChangesAsync(cancellationToken);
            return new Sheet("سجل التدقيق", "Audit trail",
            [
                new("الوقت", "When", CellKind.Instant), new("المستخدم", "User", Width: 30), new("الإجراء", "Action", Width: 12),
                new("نوع السجل", "Record type", Width: 16), new("السجل", "Record", Width: 38), new("العنوان", "IP address", Width: 16),
                new("التفاصيل", "Details", Width: 60),
            ], rows);
        }

        private IQueryable<AuditEntry> Filtered(Query request)
        {
            var query = db.Set<AuditEntry>().AsNoTracking();
            if (request.MemberId is { } memberId)
            {
                var id = memberId.ToString();
                query = query.Where(e => e.EntityType == Members.MemberAuditSnapshot.EntityType && e.EntityId == id);
            }

            if (!string.IsNullOrWhiteSpace(request.EntityType))
            {
                query = query.Where(e => e.EntityType == request.EntityType);
            }

            if (!string.IsNullOrWhiteSpace(request.EntityId))
            {
                query = query.Where(e => e.EntityId == request.EntityId);
            }

            if (!string.IsNullOrWhiteSpace(request.Actor))
            {
                var actor = request.Actor.Trim();
                query = query.Where(e => e.Actor == actor);
            }

            if (request.From is { } from)
            {
                var utc = from.UtcDateTime;
                query = query.Where(e => e.AtUtc >= utc);
            }

            if (request.To is { } to)
            {
                var utc = to.UtcDateTime;
                query = query.Where(e => e.AtUtc < utc);
            }

            return query;
        }
    }
}
