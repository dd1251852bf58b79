using DomatAljandal.Domain.Calendar;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Host.Features.Calendar;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Reports.Stages;

/// <summary>
/// Time in each stage over a period: of the stays that ended in it (a case left the stage, or closed in it), the count,
/// the median and 90th percentile in calendar hours and days and in working days, the share of the stage's tasks done by
/// their deadline; the bottleneck (the stage with the longest median); cases opened and closed each week with the backlog
/// at each week's end; and the outliers — stays far above their stage's median, with a link to the case.
/// Optionally of one service type, one channel, or the cases a department handles.
/// </summary>
public static class GetStageReport
{
    public const int MaxOutliers = 20;

    /// <summary>A stay is an outlier when it is past its stage's 90th percentile and at least this many times its median.</summary>
    public const double OutlierFactor = 2.0;

    public sealed record Query(
        DateTimeOffset? From = null,
        DateTimeOffset? To = null,
        string? ServiceType = null,
        Channel? Channel = null,
        Guid? Department = null) : IRequest<StageReport>;

    public sealed class Handler(AppDbContext db, ReportScope scope, ProcedureDefinitions definitions, IOptions<CalendarOptions> calendar, TimeProvider clock,
        IMemoryCache cache) : IRequestHandler<Query, StageReport>
    {
        /// <summary>
        /// The default view (the twelve weeks up to now) is what every manager's screen opens with: it is computed at most once
        /// a minute per filter. A period asked for explicitly is always computed.
        /// </summary>
        public async Task<StageReport> Handle(Query request, CancellationToken cancellationToken) =>
            request is { From: null, To: null }
                ? (await cache.GetOrCreateAsync(("stage-report", request.ServiceType, request.Channel, request.Department), entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = ReportPeriod.DefaultViewLifetime;
                    return ComputeAsync(request, cancellationToken);
                }))!
                : await ComputeAsync(request, cancellationToken);

        private async Task<StageReport> ComputeAsync(Query request, CancellationToken cancellationToken)
        {
            var period = ReportPeriod.Of(request.From, request.To, clock.GetUtcNow());
            // Stays count for the department that handled their stage; the weeks, for the department of the service.
            var cases = await scope.CasesAsync(request.ServiceType, request.Channel, department: null, cancellationToken);
            var visits = db.Set<CaseStageVisit>().AsNoTracking();
            if (request.Department is { } department)
            {
                await scope.RequireDepartmentAsync(department, cancellationToken);
                visits = scope.VisitsOfDepartment(visits, department);
            }

            var (from, to) = (period.From, period.To);
            var stays = await visits
                .Join(cases, v => v.CaseId, c => c.Id, (v, c) => new { Visit = v, c.ClosedAt })
                .Where(x => (x.Visit.LeftAt >= from && x.Visit.LeftAt < to) || (x.Visit.LeftAt == null && x.ClosedAt >= from && x.ClosedAt < to))
                .Select(x => new
                {
                    x.Visit.CaseId, x.Visit.StageId, x.Visit.DefinitionId, x.Visit.Version, x.Visit.EnteredAt, x.Visit.LeftAt, x.ClosedAt,
                    x.Visit.TasksWithDeadline, x.Visit.TasksWithinDeadline,
                })
                .ToListAsync(cancellationToken);

            var workWeek = await WorkWeekAsync(stays.Count == 0 ? from : stays.Min(s => s.EnteredAt), to, cancellationToken);
            var measured = stays.Select(s =>
            {
                var end = s.LeftAt ?? s.ClosedAt!.Value;
                var working = workWeek.WorkingTimeBetween(TimeZoneInfo.ConvertTime(s.EnteredAt, DualDate.Riyadh).DateTime,
                    TimeZoneInfo.ConvertTime(end, DualDate.Riyadh).DateTime);
                return new Stay(s.CaseId, s.StageId, s.DefinitionId, s.Version, (end - s.EnteredAt).TotalHours, working.TotalDays,
                    s.TasksWithDeadline, s.TasksWithinDeadline);
            }).ToList();

            var names = await StageNamesAsync(measured, cancellationToken);
            var stages = measured.GroupBy(s => s.StageId, StringComparer.Ordinal)
                .Select(g =>
                {
                    var hours = g.Select(s => s.Hours).Order().ToList();
                    var workingDays = g.Select(s => s.WorkingDays).Order().ToList();
                    var withDeadline = g.Sum(s => s.TasksWithDeadline);
                    var (name, order) = names[g.Key];
                    return (Order: order, Row: new StageTime(g.Key, name.Ar, name.En, g.Count(),
                        Round(Percentile.Of(hours, 0.5)), Round(Percentile.Of(hours, 0.9)),
                        Round(Percentile.Of(hours, 0.5) / 24), Round(Percentile.Of(hours, 0.9) / 24),
                        Round(Percentile.Of(workingDays, 0.5)), Round(Percentile.Of(workingDays, 0.9)),
                        withDeadline == 0 ? null : Math.Round((double)g.Sum(s => s.TasksWithinDeadline) / withDeadline, 4),
                        IsBottleneck: false));
                })
                .OrderBy(s => s.Order).ThenBy(s => s.Row.StageId, StringComparer.Ordinal)
                .Select(s => s.Row)
                .ToList();
            var bottleneck = stages.OrderByDescending(s => s.MedianHours).ThenByDescending(s => s.P90Hours).FirstOrDefault();
            stages = [.. stages.Select(s => s == bottleneck ? s with { IsBottleneck = true } : s)];

            var outliers = await OutliersAsync(measured, stages, names, cancellationToken);
            var weeks = await WeeksAsync(await scope.CasesAsync(request.ServiceType, request.Channel, request.Department, cancellationToken), period, cancellationToken);
            return new StageReport(from, to, request.ServiceType, request.Channel, request.Department, stages,
                bottleneck is null ? null : new Bottleneck(bottleneck.StageId, bottleneck.NameAr, bottleneck.NameEn, bottleneck.MedianHours, bottleneck.P90Hours),
                weeks, outliers);
        }

        private async Task<WorkWeek> WorkWeekAsync(DateTimeOffset earliest, DateTimeOffset to, CancellationToken cancellationToken)
        {
            var first = DateOnly.FromDateTime(earliest.UtcDateTime).AddDays(-Holiday.MaxDays - 1);
            var last = DateOnly.FromDateTime(to.UtcDateTime).AddDays(1);
            var holidays = await db.Set<Holiday>().AsNoTracking().Where(h => h.FirstDay >= first && h.FirstDay <= last).ToListAsync(cancellationToken);
            return new WorkWeek(calendar.Value.WorkingDays, holidays);
        }

        /// <summary>Each stage's name (from the newest version that declares it) and its place in that version's order.</summary>
        private async Task<Dictionary<string, (LocalizedName Name, int Order)>> StageNamesAsync(IReadOnlyList<Stay> stays, CancellationToken cancellationToken)
        {
            var names = new Dictionary<string, (LocalizedName, int)>(StringComparer.Ordinal);
            foreach (var version in stays.Select(s => (s.DefinitionId, s.Version)).Distinct().OrderByDescending(v => v.Version))
            {
                var definition = await definitions.GetAsync(version.DefinitionId, version.Version, cancellationToken);
                foreach (var stageId in stays.Where(s => s.DefinitionId == version.DefinitionId && s.Version == version.Version).Select(s => s.StageId).Distinct())
                {
                    var order = definition?.Stages?.FindIndex(s => s.Id == stageId) ?? -1;
                    if (!names.TryGetValue(stageId, out var known) || (known.Item2 < 0 && order >= 0))
                    {
                        names[stageId] = (ProcedureDefinitions.StageNameOf(definition, stageId), order < 0 ? int.MaxValue : order);
                    }
                }
            }

            return names;
        }

        private async Task<List<Outlier>> OutliersAsync(List<Stay> stays, List<StageTime> stages, Dictionary<string, (LocalizedName Name, int Order)> names,
            CancellationToken cancellationToken)
        {
            var byStage = stages.ToDictionary(s => s.StageId, StringComparer.Ordinal);
            var far = stays
                .Where(s => byStage[s.StageId] is var stage && s.Hours > stage.P90Hours && s.Hours >= OutlierFactor * stage.MedianHours && stage.MedianHours > 0)
                .OrderByDescending(s => s.Hours / byStage[s.StageId].MedianHours)
                .Take(MaxOutliers)
                .ToList();
            var ids = far.Select(s => s.CaseId).Distinct().ToList();
            var references = await db.Set<ServiceCase>().AsNoTracking().Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference.Value, cancellationToken);
            return [.. far.Select(s => new Outlier(s.CaseId, references.GetValueOrDefault(s.CaseId, ""), s.StageId, names[s.StageId].Name.Ar,
                names[s.StageId].Name.En, Round(s.Hours), Round(s.Hours / byStage[s.StageId].MedianHours), $"/cases/{s.CaseId}"))];
        }

        private static async Task<List<WeekFlow>> WeeksAsync(IQueryable<ServiceCase> cases, ReportPeriod period, CancellationToken cancellationToken)
        {
            var starts = period.WeekStarts();
            var first = starts[0];
            var to = period.To;
            var opened = await cases.Where(c => c.CreatedAt >= first && c.CreatedAt < to).Select(c => c.CreatedAt).ToListAsync(cancellationToken);
            var closed = await cases.Where(c => c.ClosedAt >= first && c.ClosedAt < to).Select(c => c.ClosedAt!.Value).ToListAsync(cancellationToken);
            var backlog = await cases.CountAsync(c => c.CreatedAt < first && (c.ClosedAt == null || c.ClosedAt >= first), cancellationToken);
            var weeks = new List<WeekFlow>(starts.Count);
            foreach (var start in starts)
            {
                var end = start.AddDays(7);
                var openedIn = opened.Count(t => t >= start && t < end);
                var closedIn = closed.Count(t => t >= start && t < end);
                backlog += openedIn - closedIn;
                weeks.Add(new WeekFlow(start, DualDate.Format(start, "ar"), DualDate.Format(start, "en"), openedIn, closedIn, backlog));
            }

            return weeks;
        }

        private static double Round(double value) => Math.Round(value, 2);
    }

    private sealed record Stay(Guid CaseId, string StageId, string DefinitionId, int Version, double Hours, double WorkingDays,
        int TasksWithDeadline, int TasksWithinDeadline);
}

/// <summary>The stage report: <c>GET /api/reports/stages</c>.</summary>
public sealed record StageReport(
    DateTimeOffset From,
    DateTimeOffset To,
    string? ServiceType,
    Channel? Channel,
    Guid? Department,
    IReadOnlyList<StageTime> Stages,
    Bottleneck? Bottleneck,
    IReadOnlyList<WeekFlow> Weeks,
    IReadOnlyList<Outlier> Outliers);

/// <summary>
/// Time in one stage: <see cref="Count"/> stays that ended in the period; median and 90th percentile in calendar hours,
/// calendar days and working days (days off and holidays left out); the share of its tasks with a deadline done by it
/// (null when none had one).
/// </summary>
public sealed record StageTime(
    string StageId, string NameAr, string NameEn, int Count, double MedianHours, double P90Hours,
    double MedianDays, double P90Days, double MedianWorkingDays, double P90WorkingDays, double? WithinDeadline, bool IsBottleneck);

/// <summary>The stage with the longest median stay.</summary>
public sealed record Bottleneck(string StageId, string NameAr, string NameEn, double MedianHours, double P90Hours);

/// <summary>One week (from Sunday, Riyadh time): cases opened and closed in it, and those still open at its end.</summary>
public sealed record WeekFlow(DateTimeOffset WeekStart, string WeekStartAr, string WeekStartEn, int Opened, int Closed, int Backlog);

/// <summary>A stay far above its stage's median, with the link to its case.</summary>
public sealed record Outlier(Guid CaseId, string Reference, string StageId, string NameAr, string NameEn, double Hours, double TimesMedian, string Link);
