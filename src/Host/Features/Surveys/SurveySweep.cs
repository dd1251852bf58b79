using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// Sends each new survey's invitation through the member's preferred channel and, once, a reminder
/// <see cref="SurveyOptions.ReminderAfterDays"/> after it if still unanswered and open — only on a channel the member
/// consents to (<see cref="MemberContact.ForOutreach"/>: a survey is not the service they asked for); a member who
/// consents to none is not sent it, and the survey still waits in the portal. Durable: what was sent is on the
/// survey row and the outbox deduplicates by survey, so a crash between the two sends nothing twice.
/// </summary>
public sealed class SurveySweep(AppDbContext db, IMemberNotifier notifier, IOptions<SurveyOptions> options, IOptions<CaseOptions> cases, TimeProvider clock)
{
    public const int BatchSize = 200;

    /// <returns>The invitations and reminders queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var remindBefore = now.AddDays(-options.Value.ReminderAfterDays);
        var due = await db.Set<CaseSurvey>()
            .Where(s => s.AnsweredAt == null && s.ClosesAt > now && (s.SentAt == null || (s.RemindedAt == null && s.SentAt <= remindBefore)))
            .OrderBy(s => s.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var memberIds = due.Select(s => s.MemberId).Distinct().ToList();
        var caseIds = due.Select(s => s.CaseId).ToList();
        var members = await db.Set<Member>().AsNoTracking().Where(m => memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var references = await db.Set<ServiceCase>().AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference.Value, cancellationToken);
        var codes = due.Select(s => s.ServiceTypeCode).Distinct().ToList();
        var services = await db.Set<ServiceType>().AsNoTracking().Where(t => codes.Contains(t.Code))
            .ToDictionaryAsync(t => t.Code, t => (t.NameAr, t.NameEn), cancellationToken);
        foreach (var survey in due)
        {
            var reminder = survey.SentAt is not null;
            var key = reminder ? NotificationTemplateKeys.SurveyReminder : NotificationTemplateKeys.SurveyInvitation;
            var values = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["reference"] = references.GetValueOrDefault(survey.CaseId),
                ["surveyUrl"] = LinkTo(survey.Id),
                ["closesAt"] = survey.ClosesAt,
            };
            if (services.TryGetValue(survey.ServiceTypeCode, out var name))
            {
                values["serviceName"] = name;
            }

            if (members.TryGetValue(survey.MemberId, out var member))
            {
                await notifier.EnqueueForMemberAsync(MemberContact.ForOutreach(member), key, values, survey.CaseId, $"survey:{survey.Id:N}:{key}", cancellationToken);
            }

            if (reminder)
            {
                survey.MarkReminded(now);
            }
            else
            {
                survey.MarkSent(now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    /// <summary>
    /// The portal page of the survey. Opening it only shows the questions — a link scanner's GET answers nothing; the
    /// member's tap on "send" (a POST) does.
    /// </summary>
    public string LinkTo(Guid surveyId) => $"{cases.Value.PublicBaseUrl?.TrimEnd('/')}/portal/surveys/{surveyId}";
}
