using DomatAljandal.Domain.Dates;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Outreach.Announcements;
using DomatAljandal.Host.Features.Outreach.Documents;
using DomatAljandal.Host.Features.Outreach.Reminders;
using DomatAljandal.Host.Features.Volunteering;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Outreach;

/// <summary>
/// What is due now, done once: scheduled announcements sent, and the reminders admins switched on — membership renewal
/// before its date, a volunteering opportunity the day before, a circulated document not yet acknowledged. Every message
/// carries a deduplication key naming the event and the person, so running it again (after a crash, on another node)
/// never reminds anyone twice. Durable: everything it needs is in the database, nothing in memory.
/// </summary>
public sealed class OutreachDueWork(AppDbContext db, AnnouncementSender announcements, ReminderRules rules, IMemberNotifier notifier, TimeProvider clock,
    ILogger<OutreachDueWork> logger)
{
    public sealed record Outcome(int Announcements, int DocumentReminders, int RenewalReminders, int VolunteeringReminders);

    public async Task<Outcome> RunAsync(CancellationToken cancellationToken)
    {
        var sent = await SendScheduledAsync(cancellationToken);
        var documents = await RemindDocumentsAsync(cancellationToken);
        var renewals = await RemindRenewalsAsync(cancellationToken);
        var volunteering = await RemindVolunteersAsync(cancellationToken);
        return new Outcome(sent, documents, renewals, volunteering);
    }

    private async Task<int> SendScheduledAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Set<Announcement>().Where(a => a.SentAt == null && a.ScheduledAt != null && a.ScheduledAt <= now).ToListAsync(cancellationToken);
        foreach (var announcement in due)
        {
            await announcements.SendAsync(announcement, cancellationToken);
        }

        return due.Count;
    }

    private async Task<int> RemindDocumentsAsync(CancellationToken cancellationToken)
    {
        if (!(await rules.GetAsync(ReminderKind.DocumentAcknowledgement, cancellationToken)).Enabled)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var due = await db.Set<CirculationRecipient>()
            .Where(r => r.AcknowledgedAt == null && r.RemindedAt == null)
            .Join(db.Set<DocumentCirculation>().Where(c => c.RemindAt <= now), r => r.CirculationId, c => c.Id, (r, c) => new { Recipient = r, Circulation = c })
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var documentIds = due.Select(d => d.Circulation.DocumentId).Distinct().ToList();
        var documents = await db.Set<SocietyDocument>().AsNoTracking().Include(d => d.Versions).Where(d => documentIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var userIds = due.Where(d => d.Recipient.UserId != null).Select(d => d.Recipient.UserId!).Distinct().ToList();
        var emails = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.IsActive).ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        var memberIds = due.Where(d => d.Recipient.MemberId != null).Select(d => d.Recipient.MemberId!.Value).Distinct().ToList();
        var members = await db.Set<Member>().AsNoTracking().Where(m => memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        foreach (var (recipient, circulation) in due.Select(d => (d.Recipient, d.Circulation)))
        {
            var document = documents[circulation.DocumentId];
            var version = document.Versions.First(v => v.Id == circulation.VersionId);
            var values = Circulations.Handler.Values(document, version);
            var key = $"circulation:{circulation.Id}:reminder:{recipient.Id}";
            if (recipient.UserId is { } userId && emails.GetValueOrDefault(userId) is { } email)
            {
                await notifier.EnqueueForStaffAsync([email], NotificationTemplateKeys.DocumentReminder, values, null, key, cancellationToken: cancellationToken);
            }
            else if (recipient.MemberId is { } memberId && members.GetValueOrDefault(memberId) is { ConsentToContact: true } member)
            {
                await notifier.EnqueueForMemberAsync(MemberContact.ForOutreach(member), NotificationTemplateKeys.DocumentReminder, values, null, key, cancellationToken);
            }

            recipient.MarkReminded(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reminded {Count} people of documents to acknowledge", due.Count);
        return due.Count;
    }

    private async Task<int> RemindRenewalsAsync(CancellationToken cancellationToken)
    {
        var rule = await rules.GetAsync(ReminderKind.MembershipRenewal, cancellationToken);
        if (!rule.Enabled)
        {
            return 0;
        }

        var today = Today();
        var members = await db.Set<Member>().AsNoTracking()
            .Where(Member.ReachableByOutreach)
            .Where(m => m.JoinedOn != null && m.Status == MembershipStatus.Active
                        && (m.Roles & MemberRoles.GeneralAssemblyMember) != MemberRoles.None)
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var member in members)
        {
            var renewal = NextRenewal(member.JoinedOn!.Value, today);
            if (renewal.DayNumber - today.DayNumber > rule.Days)
            {
                continue;
            }

            var values = new Dictionary<string, object?>
            {
                ["renewalDate"] = new DateTimeOffset(renewal.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(3)),
                ["membershipNumber"] = member.MembershipNumber,
            };
            if (await notifier.EnqueueForMemberAsync(MemberContact.ForOutreach(member), rule.TemplateKey, values, null,
                    $"reminder:renewal:{member.Id}:{renewal:yyyy-MM-dd}", cancellationToken) is not null)
            {
                queued++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }

    private async Task<int> RemindVolunteersAsync(CancellationToken cancellationToken)
    {
        var rule = await rules.GetAsync(ReminderKind.VolunteeringDayBefore, cancellationToken);
        if (!rule.Enabled)
        {
            return 0;
        }

        var today = Today();
        var last = today.AddDays(rule.Days);
        var rows = await db.Set<VolunteerOpportunity>().AsNoTracking().Where(o => o.StartsOn > today && o.StartsOn <= last)
            .Join(db.Set<VolunteerSignup>(), o => o.Id, s => s.OpportunityId, (o, s) => new { Opportunity = o, s.MemberId })
            .Join(db.Set<Member>().Where(Member.ReachableByOutreach), r => r.MemberId, m => m.Id, (r, m) => new { r.Opportunity, Member = m })
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var row in rows)
        {
            var o = row.Opportunity;
            var values = new Dictionary<string, object?>
            {
                ["opportunity"] = (o.TitleAr, o.TitleEn),
                ["startsOn"] = new DateTimeOffset(o.StartsOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(3)),
                ["location"] = o.Location,
            };
            if (await notifier.EnqueueForMemberAsync(MemberContact.ForOutreach(row.Member), rule.TemplateKey, values, null,
                    $"reminder:volunteering:{o.Id}:{row.Member.Id}", cancellationToken) is not null)
            {
                queued++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }

    /// <summary>The society's day (Riyadh), not the server's.</summary>
    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), DualDate.Riyadh).DateTime);

    /// <summary>The next anniversary of joining, today or later (29 February falls on the 28th in other years).</summary>
    public static DateOnly NextRenewal(DateOnly joinedOn, DateOnly today)
    {
        var years = Math.Max(1, today.Year - joinedOn.Year);
        var renewal = joinedOn.AddYears(years);
        return renewal < today ? joinedOn.AddYears(years + 1) : renewal;
    }
}
