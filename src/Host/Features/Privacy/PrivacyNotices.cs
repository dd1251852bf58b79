using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>The privacy notice: the current version for everyone, the versions for admins, and publishing a new one.</summary>
public static class PrivacyNotices
{
    public sealed record NoticeDto(int Version, string TextAr, string TextEn, DateTimeOffset PublishedAt, string PublishedBy)
    {
        public static NoticeDto From(PrivacyNotice n) => new(n.Version, n.TextAr, n.TextEn, n.PublishedAt, n.PublishedBy);
    }

    /// <summary>The newest version (null only before the seeder ran).</summary>
    public sealed record Current : IRequest<NoticeDto?>;

    public sealed record Versions(int? Page, int? PageSize) : IRequest<Paged<NoticeDto>>;

    public sealed record Publish(string? TextAr, string? TextEn, string Actor) : IRequest<NoticeDto>;

    public sealed class Handler(AppDbContext db, AuditTrail audit, TimeProvider clock) :
        IRequestHandler<Current, NoticeDto?>, IRequestHandler<Versions, Paged<NoticeDto>>, IRequestHandler<Publish, NoticeDto>
    {
        public async Task<NoticeDto?> Handle(Current request, CancellationToken cancellationToken) =>
            await db.Set<PrivacyNotice>().AsNoTracking().OrderByDescending(n => n.Version)
                .Select(n => new NoticeDto(n.Version, n.TextAr, n.TextEn, n.PublishedAt, n.PublishedBy))
                .FirstOrDefaultAsync(cancellationToken);

        public async Task<Paged<NoticeDto>> Handle(Versions request, CancellationToken cancellationToken) =>
            await PageRequest.Of(request.Page, request.PageSize).ReadAsync(
                db.Set<PrivacyNotice>().AsNoTracking().OrderByDescending(n => n.Version)
                    .Select(n => new NoticeDto(n.Version, n.TextAr, n.TextEn, n.PublishedAt, n.PublishedBy)), cancellationToken);

        public async Task<NoticeDto> Handle(Publish request, CancellationToken cancellationToken)
        {
            var last = await db.Set<PrivacyNotice>().MaxAsync(n => (int?)n.Version, cancellationToken) ?? 0;
            var notice = PrivacyNotice.Publish(last + 1, request.TextAr!, request.TextEn!, request.Actor, clock.GetUtcNow());
            db.Add(notice);
            audit.Record(AuditAction.Created, "PrivacyNotice", notice.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await db.SaveChangesAsync(cancellationToken);
            return NoticeDto.From(notice);
        }
    }
}
