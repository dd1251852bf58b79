using DomatAljandal.Domain.Members;
using DomatAljandal.Domain.Text;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Outreach.Segments;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Outreach.Announcements;

/// <summary>
/// Announcements to segments: how many members a segment reaches (before sending), composing one now or for later,
/// sending it (idempotent), the delivery report per member, and the portal's list of what a member received.
/// </summary>
public static class Announcements
{
    public sealed record Preview(MemberSegment? Segment, string? Text) : IRequest<PreviewDto>;

    /// <summary>Recipients: Consenting members of the segment: who it reaches. WithoutConsent: Members of the segment left out because they did not consent to be contacted.</summary>
    public sealed record PreviewDto(int Recipients, int WithoutConsent, SmsLength Sms);

    public sealed record Compose(MemberSegment? Segment, string? Text, string? TextEn, DateTimeOffset? ScheduledAt, string Actor) : IRequest<AnnouncementDto>;

    public sealed record Send(Guid Id) : IRequest<AnnouncementDto>;

    public sealed record List(int? Page = null, int? PageSize = null) : IRequest<Paged<AnnouncementDto>>;

    public sealed record Get(Guid Id, int? Page = null, int? PageSize = null) : IRequest<AnnouncementReport>;

    public sealed record Received(Guid MemberId, int? Page = null, int? PageSize = null) : IRequest<Paged<ReceivedDto>>;

    /// <summary>Recipients: While scheduled: the members it would reach now; once sent: the members it reached. Queued: Members queued by this request (0 when it was sent before).</summary>
    public sealed record AnnouncementDto(Guid Id, string Text, string? TextEn, MemberSegment Segment, DateTimeOffset? ScheduledAt, DateTimeOffset? SentAt,
        string CreatedBy, DateTimeOffset CreatedAt, int Recipients, int Queued, SmsLength Sms);

    /// <summary>Status: The outbox's word for it (Pending, Retrying, Sent, Dead), or NoAddress when the member had no usable email or mobile.</summary>
    public sealed record DeliveryDto(Guid MemberId, string MemberName, string? Channel, string? Recipient, string Status, DateTimeOffset QueuedAt,
        DateTimeOffset? SentAt, string? Error);

    public sealed record AnnouncementReport(AnnouncementDto Announcement, int Sent, int Pending, int Failed, int NoAddress, Paged<DeliveryDto> Deliveries);

    public sealed record ReceivedDto(Guid Id, string Text, string? TextEn, DateTimeOffset ReceivedAt);

    public sealed class Handler(AppDbContext db, AnnouncementSender sender, AuditTrail audit, TimeProvider clock) :
        IRequestHandler<Preview, PreviewDto>,
        IRequestHandler<Compose, AnnouncementDto>,
        IRequestHandler<Send, AnnouncementDto>,
        IRequestHandler<List, Paged<AnnouncementDto>>,
        IRequestHandler<Get, AnnouncementReport>,
        IRequestHandler<Received, Paged<ReceivedDto>>
    {
        public async Task<PreviewDto> Handle(Preview request, CancellationToken cancellationToken)
        {
            var segment = MemberSegments.Validate(request.Segment);
            var all = await MemberSegments.Query(db, segment).CountAsync(cancellationToken);
            var reached = await sender.Audience(segment).CountAsync(cancellationToken);
            return new PreviewDto(reached, all - reached, SmsLength.Of(request.Text?.Trim()));
        }

        public async Task<AnnouncementDto> Handle(Compose request, CancellationToken cancellationToken)
        {
            var segment = MemberSegments.Validate(request.Segment);
            var now = clock.GetUtcNow();
            if (request.ScheduledAt is { } at && at > now.AddYears(1))
            {
                throw ProblemException.Validation("scheduledAt", "موعد الإرسال خلال سنة على الأكثر.", "scheduledAt is at most a year ahead.");
            }

            var scheduledAt = request.ScheduledAt is { } when && when > now ? when : (DateTimeOffset?)null;
            var announcement = Announcement.Compose(request.Text!, request.TextEn, MemberSegments.Serialize(segment), scheduledAt, request.Actor, now);
            db.Add(announcement);
            await db.SaveChangesAsync(cancellationToken);
            var queued = announcement.IsDue(now) ? await sender.SendAsync(announcement, cancellationToken) : 0;
            return await DtoAsync(announcement, queued, cancellationToken);
        }

        public async Task<AnnouncementDto> Handle(Send request, CancellationToken cancellationToken)
        {
            var announcement = await db.Set<Announcement>().FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken) ?? throw NotFound();
            var queued = await sender.SendAsync(announcement, cancellationToken);
            return await DtoAsync(announcement, queued, cancellationToken);
        }

        public async Task<Paged<AnnouncementDto>> Handle(List request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var page = await paging.ReadAsync(db.Set<Announcement>().AsNoTracking().OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id),
                cancellationToken);
            var ids = page.Items.Select(a => a.Id).ToList();
            var counts = await db.Set<AnnouncementDelivery>().Where(d => ids.Contains(d.AnnouncementId)).GroupBy(d => d.AnnouncementId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            return page.Select(a => Dto(a, counts.GetValueOrDefault(a.Id), 0));
        }

        public async Task<AnnouncementReport> Handle(Get request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var announcement = await db.Set<Announcement>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken) ?? throw NotFound();
            var rows = from d in db.Set<AnnouncementDelivery>().AsNoTracking().Where(d => d.AnnouncementId == announcement.Id)
                       join m in db.Set<Member>() on d.MemberId equals m.Id
                       join o in db.Set<OutboxMessage>() on d.DeduplicationKey equals o.DeduplicationKey into messages
                       from o in messages.DefaultIfEmpty()
                       select new { d, m.FirstName, m.FatherName, m.GrandfatherName, m.FamilyName, Message = o };
            // 0 no address, 1 sent, 2 failed, 3 waiting to be sent.
            var states = await rows.Select(r => r.Message == null ? 0 : r.Message.SentAt != null ? 1 : r.Message.DeadAt != null ? 2 : 3).ToListAsync(cancellationToken);
            var counts = states.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
            var page = await paging.ReadAsync(rows.OrderBy(r => r.FamilyName).ThenBy(r => r.FirstName).ThenBy(r => r.d.Id), cancellationToken);
            await audit.RecordViewAsync("Announcement", announcement.Id.ToString(), cancellationToken);
            var total = counts.Values.Sum();
            return new AnnouncementReport(Dto(announcement, total, 0), counts.GetValueOrDefault(1), counts.GetValueOrDefault(3), counts.GetValueOrDefault(2),
                counts.GetValueOrDefault(0),
                page.Select(r => new DeliveryDto(r.d.MemberId, $"{r.FirstName} {r.FatherName} {r.GrandfatherName} {r.FamilyName}", r.d.Channel?.ToString(),
                    r.Message?.Recipient, r.Message is null ? "NoAddress" : r.Message.Status.ToString(), r.d.QueuedAt,
                    r.Message?.SentAt is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : null, r.Message?.LastError)));
        }

        public async Task<Paged<ReceivedDto>> Handle(Received request, CancellationToken cancellationToken)
        {
            var paging = PageRequest.Of(request.Page, request.PageSize);
            var mine = db.Set<AnnouncementDelivery>().AsNoTracking().Where(d => d.MemberId == request.MemberId)
                .Join(db.Set<Announcement>(), d => d.AnnouncementId, a => a.Id, (d, a) => new { d.QueuedAt, a.Id, a.Text, a.TextEn });
            var page = await paging.ReadAsync(mine.OrderByDescending(r => r.QueuedAt).ThenByDescending(r => r.Id), cancellationToken);
            return page.Select(r => new ReceivedDto(r.Id, r.Text, r.TextEn, r.QueuedAt));
        }

        private async Task<AnnouncementDto> DtoAsync(Announcement announcement, int queued, CancellationToken cancellationToken)
        {
            var recipients = announcement.SentAt is null
                ? await sender.Audience(MemberSegments.Deserialize(announcement.Segment)).CountAsync(cancellationToken)
                : await db.Set<AnnouncementDelivery>().CountAsync(d => d.AnnouncementId == announcement.Id, cancellationToken);
            return Dto(announcement, recipients, queued);
        }

        private static AnnouncementDto Dto(Announcement a, int recipients, int queued) =>
            new(a.Id, a.Text, a.TextEn, MemberSegments.Deserialize(a.Segment), a.ScheduledAt, a.SentAt, a.CreatedBy, a.CreatedAt, recipients, queued,
                SmsLength.Of(a.Text));

        private static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "No such announcement.");
    }
}
