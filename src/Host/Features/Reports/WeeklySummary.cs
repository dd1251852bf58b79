using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Reports.Stages;
using DomatAljandal.Host.Features.Surveys;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Tasks;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Reports;

/// <summary>
/// The managers' weekly summary, by email through the outbox, every Sunday from 07:00 (Riyadh): open tasks past their
/// deadline, the backlog of open requests, the week's opened and closed, the slowest stage of the week and satisfaction over
/// the last four weeks (from five answers), with a link to the reports. Once per manager and week: the outbox's
/// deduplication key names the week, so a restart or a second node never sends it twice.
/// </summary>
public sealed class WeeklySummary(
    AppDbContext db, IWorkflowTasks tasks, IMediator mediator, UserManager<AppUser> users, IMemberNotifier notifier,
    IOptions<CaseOptions> cases, IOptions<SurveyOptions> surveys, TimeProvider clock)
{
    /// <summary>When in the week the summary is due: Sunday, 07:00 in Riyadh.</summary>
    public static readonly TimeSpan DueInWeek = TimeSpan.FromHours(7);

    private static readonly TimeSpan Riyadh = TimeSpan.FromHours(3);

    /// <returns>How many summaries were queued now (0 when not due or already sent this week).</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var local = now.ToOffset(Riyadh);
        var weekStart = new DateTimeOffset(local.Date.AddDays(-(int)local.DayOfWeek), Riyadh);
        if (local - weekStart < DueInWeek)
        {
            return 0;
        }

        var key = $"weekly-summary:{weekStart:yyyy-MM-dd}";
        if (await db.Set<OutboxMessage>().AnyAsync(m => m.TemplateKey == NotificationTemplateKeys.WeeklySummary && m.DeduplicationKey.StartsWith(key), cancellationToken))
        {
            return 0;
        }

        var emails = (await users.GetUsersInRoleAsync(Roles.Manager)).Where(u => u.IsActive && u.Email is not null).Select(u => u.Email!).ToList();
        if (emails.Count == 0)
        {
            return 0;
        }

        var lastWeek = weekStart.AddDays(-7);
        var counts = await tasks.CountAsync(new TaskQuery(), cancellationToken);
        var report = await mediator.Send(new GetStageReport.Query(lastWeek, weekStart), cancellationToken);
        var values = new Dictionary<string, object?>
        {
            ["weekOf"] = lastWeek,
            ["breaches"] = counts.Sum(c => c.Breached),
            ["openTasks"] = counts.Sum(c => c.Breached + c.NotBreached),
            ["backlog"] = await db.Set<ServiceCase>().CountAsync(c => c.ClosedAt == null, cancellationToken),
            ["opened"] = await db.Set<ServiceCase>().CountAsync(c => c.CreatedAt >= lastWeek && c.CreatedAt < weekStart, cancellationToken),
            ["closed"] = await db.Set<ServiceCase>().CountAsync(c => c.ClosedAt >= lastWeek && c.ClosedAt < weekStart, cancellationToken),
            ["slowestStage"] = report.Bottleneck is { } b ? (b.NameAr, b.NameEn) : null,
            ["slowestHours"] = report.Bottleneck is { } slow ? Math.Round(slow.MedianHours, 1) : null,
            ["satisfaction"] = await SatisfactionAsync(weekStart, cancellationToken),
            ["reportsUrl"] = cases.Value.PublicBaseUrl is { } url ? $"{url.TrimEnd('/')}/reports/stages" : null,
        };
        var queued = await notifier.EnqueueForStaffAsync(emails, NotificationTemplateKeys.WeeklySummary, values, null, key, cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return queued.Count;
    }

    /// <summary>The share of 4–5 answers over the four weeks before <paramref name="weekStart"/>, as "82%"; null under five answers.</summary>
    private async Task<string?> SatisfactionAsync(DateTimeOffset weekStart, CancellationToken cancellationToken)
    {
        var from = DateOnly.FromDateTime(weekStart.AddDays(-28).Date);
        // Anonymous answers keep only their month; a score is a decimal, which SQLite cannot compare, so it is counted here.
        var scores = await db.Set<SurveyAnswer>().AsNoTracking()
            .Where(a => a.Month >= new DateOnly(from.Year, from.Month, 1)).Select(a => a.Score).ToListAsync(cancellationToken);
        return scores.Count < surveys.Value.MinimumGroupSize ? null : $"{Math.Round(100m * scores.Count(s => s >= SurveyAnswer.SatisfiedFrom) / scores.Count)}%";
    }
}
