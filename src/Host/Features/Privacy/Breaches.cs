using DomatAljandal.Domain.Privacy;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>The breach register: recording a personal-data breach starts the 72-hour clock for the notice to the authority.</summary>
public static class Breaches
{
    public sealed record BreachDto(
        Guid Id,
        string Description,
        DateTimeOffset DiscoveredAt,
        DateTimeOffset RecordedAt,
        string RecordedBy,
        IReadOnlyList<Guid> AffectedMemberIds,
        string? ActionsTaken,
        DateTimeOffset NoticeDueAt,
        double HoursLeft,
        bool IsNoticeOverdue,
        DateTimeOffset? AuthorityNotifiedAt)
    {
        public static BreachDto From(DataBreach b, DateTimeOffset now) => new(b.Id, b.Description, b.DiscoveredAt, b.RecordedAt, b.RecordedBy,
            b.AffectedMemberIds, b.ActionsTaken, b.NoticeDueAt, b.HoursLeft(now), b.IsNoticeOverdue(now), b.AuthorityNotifiedAt);
    }

    /// <summary>discoveredAt: When the society became aware of it; now when not given.</summary>
    public sealed record RecordBody(string? Description, DateTimeOffset? DiscoveredAt, IReadOnlyList<Guid>? AffectedMemberIds, string? ActionsTaken, DateTimeOffset? AuthorityNotifiedAt);

    public sealed record Record(RecordBody Body, string Actor) : IRequest<BreachDto>;

    public sealed record List(int? Page, int? PageSize) : IRequest<Paged<BreachDto>>;

    public sealed record Update(Guid BreachId, string? ActionsTaken, DateTimeOffset? AuthorityNotifiedAt) : IRequest<BreachDto>;

    public sealed class Handler(AppDbContext db, AuditTrail audit, TimeProvider clock) :
        IRequestHandler<Record, BreachDto>, IRequestHandler<List, Paged<BreachDto>>, IRequestHandler<Update, BreachDto>
    {
        public async Task<BreachDto> Handle(Record request, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var affected = request.Body.AffectedMemberIds ?? [];
            var known = await db.Set<Domain.Members.Member>().Where(m => affected.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken);
            if (affected.Except(known).FirstOrDefault() is var unknown && unknown != Guid.Empty)
            {
                throw ProblemException.Validation("affectedMemberIds", $"لا يوجد عضو بالمعرف {unknown}.", $"There is no member {unknown}.");
            }

            var breach = DataBreach.Record(request.Body.Description!, request.Body.DiscoveredAt ?? now, affected, request.Body.ActionsTaken, request.Actor, now);
            breach.Update(null, request.Body.AuthorityNotifiedAt, now);
            db.Add(breach);
            audit.Record(AuditAction.Created, "DataBreach", breach.Id.ToString(), new { affected = affected.Count });
            await db.SaveChangesAsync(cancellationToken);
            return BreachDto.From(breach, now);
        }

        public async Task<Paged<BreachDto>> Handle(List request, CancellationToken cancellationToken)
        {
            var rows = await PageRequest.Of(request.Page, request.PageSize)
                .ReadAsync(db.Set<DataBreach>().AsNoTracking().OrderByDescending(b => b.DiscoveredAt).ThenBy(b => b.Id), cancellationToken);
            var now = clock.GetUtcNow();
            return rows.Select(b => BreachDto.From(b, now));
        }

        public async Task<BreachDto> Handle(Update request, CancellationToken cancellationToken)
        {
            var breach = await db.Set<DataBreach>().FirstOrDefaultAsync(b => b.Id == request.BreachId, cancellationToken)
                         ?? throw PrivacyProblems.NoSuchBreach(request.BreachId);
            var now = clock.GetUtcNow();
            breach.Update(request.ActionsTaken, request.AuthorityNotifiedAt, now);
            audit.Record(AuditAction.Updated, "DataBreach", breach.Id.ToString(), new { request.AuthorityNotifiedAt });
            await db.SaveChangesAsync(cancellationToken);
            return BreachDto.From(breach, now);
        }
    }
}
