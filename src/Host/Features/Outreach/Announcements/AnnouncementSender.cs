using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Outreach.Segments;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Outreach.Announcements;

/// <summary>
/// Puts an announcement in the outbox for each consenting member of its segment on their preferred channel, or the other one they consent to. Members who
/// already have a delivery are skipped, so sending again (or a second node) never reaches anyone twice.
/// </summary>
public sealed class AnnouncementSender(AppDbContext db, IMemberNotifier notifier, TimeProvider clock, ILogger<AnnouncementSender> logger)
{
    /// <summary>The consenting members of the segment (to be contacted, on at least one channel): who an announcement reaches.</summary>
    public IQueryable<Domain.Members.Member> Audience(MemberSegment segment) => MemberSegments.Query(db, segment).Where(Domain.Members.Member.ReachableByOutreach);

    /// <summary>Queues the announcement for whoever has not had it, marks it sent and saves.</summary>
    /// <returns>How many members were queued now.</returns>
    public async Task<int> SendAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        var reached = db.Set<AnnouncementDelivery>().Where(d => d.AnnouncementId == announcement.Id).Select(d => d.MemberId);
        var members = await Audience(MemberSegments.Deserialize(announcement.Segment)).AsNoTracking()
            .Where(m => !reached.Contains(m.Id)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var values = new Dictionary<string, object?> { ["text"] = (announcement.Text, announcement.TextEn ?? announcement.Text) };
        foreach (var member in members)
        {
            var message = await notifier.EnqueueForMemberAsync(MemberContact.ForOutreach(member), NotificationTemplateKeys.Announcement, values, null,
                AnnouncementDelivery.KeyOf(announcement.Id, member.Id), cancellationToken);
            db.Add(AnnouncementDelivery.Of(announcement.Id, member.Id, message, now));
        }

        announcement.MarkSent(now);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Announcement {AnnouncementId} queued for {Count} members", announcement.Id, members.Count);
        return members.Count;
    }
}
