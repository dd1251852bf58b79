using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Organization;
using DomatAljandal.Host.Features.Departments;
using DomatAljandal.Host.Features.Feedback;
using DomatAljandal.Host.Features.Reports.Stages;
using DomatAljandal.Host.Features.Surveys;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Reports.Departments;

/// <summary>
/// Each department's figures over a period: the requests opened (by channel) and closed for the services it handles; the
/// share of tasks done by their deadline in the stages it handled (a stage assigned to it, or an unassigned stage of one
/// of its services); the members' complaints about its cases, how many were answered and the median time to answer.
/// Satisfaction is the share of survey answers scoring 4 or 5 about the department's work, shown only from the surveys'
/// minimum group size (fewer answers could point at a person). A few grouped reads, then put together per department.
/// </summary>
public static class GetDepartmentKpis
{
    public sealed record Query(DateTimeOffset? From = null, DateTimeOffset? To = null) : IRequest<DepartmentKpisReport>;

    public sealed class Handler(AppDbContext db, TimeProvider clock, ReportCache cache, IOptions<SurveyOptions> surveys) : IRequestHandler<Query, DepartmentKpisReport>
    {
        /// <summary>The default view (the twelve weeks up to now) is computed at most once a minute; an explicit period always.</summary>
        public async Task<DepartmentKpisReport> Handle(Query request, CancellationToken cancellationToken) =>
            request is { From: null, To: null }
                ? await cache.GetAsync("department-kpis", () => ComputeAsync(request, CancellationToken.None))
                : await ComputeAsync(request, cancellationToken);

        private async Task<DepartmentKpisReport> ComputeAsync(Query request, CancellationToken cancellationToken)
        {
            var period = ReportPeriod.Of(request.From, request.To, clock.GetUtcNow());
            var (from, to) = (period.From, period.To);
            var departments = await db.Set<Department>().AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
            var serviceDepartment = await db.Set<DepartmentServiceType>().AsNoTracking()
                .ToDictionaryAsync(s => s.ServiceTypeCode, s => s.DepartmentId, cancellationToken);
            var stageDepartment = (await db.Set<StageDepartment>().AsNoTracking().ToListAsync(cancellationToken))
                .ToDictionary(s => (s.WorkflowDefinitionId, s.StageId), s => s.DepartmentId);
            Guid? OfService(string? code) => code is not null && serviceDepartment.TryGetValue(code, out var id) ? id : null;

            var cases = db.Set<ServiceCase>().AsNoTracking();
            var opened = await cases.Where(c => c.CreatedAt >= from && c.CreatedAt < to)
                .GroupBy(c => new { c.ServiceTypeCode, c.Channel })
                .Select(g => new { g.Key.ServiceTypeCode, g.Key.Channel, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var closed = await cases.Where(c => c.ClosedAt >= from && c.ClosedAt < to)
                .GroupBy(c => c.ServiceTypeCode)
                .Select(g => new { ServiceTypeCode = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var tasks = await db.Set<CaseStageVisit>().AsNoTracking()
                .Join(cases, v => v.CaseId, c => c.Id, (v, c) => new { Visit = v, c.ServiceTypeCode, c.ClosedAt })
                .Where(x => (x.Visit.LeftAt >= from && x.Visit.LeftAt < to) || (x.Visit.LeftAt == null && x.ClosedAt >= from && x.ClosedAt < to))
                .GroupBy(x => new { x.Visit.DefinitionId, x.Visit.StageId, x.ServiceTypeCode })
                .Select(g => new
                {
                    g.Key.DefinitionId, g.Key.StageId, g.Key.ServiceTypeCode,
                    WithDeadline = g.Sum(x => x.Visit.TasksWithDeadline), Within = g.Sum(x => x.Visit.TasksWithinDeadline),
                })
                .ToListAsync(cancellationToken);
            var complaints = await db.Set<FeedbackItem>().AsNoTracking()
                .Where(f => f.Kind == FeedbackKind.Complaint && f.SubmittedAt >= from && f.SubmittedAt < to)
                .GroupJoin(cases, f => f.CaseId, c => c.Id, (f, c) => new { f, c })
                .SelectMany(x => x.c.DefaultIfEmpty(), (x, c) => new { x.f.SubmittedAt, x.f.AnsweredAt, x.f.DepartmentId, ServiceTypeCode = c == null ? null : c.ServiceTypeCode })
                .ToListAsync(cancellationToken);
            // Anonymous answers keep only their month: an answer counts in the period when its month starts within it.
            var (firstMonth, lastMonth) = (DateOnly.FromDateTime(from.UtcDateTime), DateOnly.FromDateTime(to.UtcDateTime));
            var answers = await db.Set<SurveyAnswer>().AsNoTracking()
                .Where(a => a.DepartmentId != null && a.Month >= new DateOnly(firstMonth.Year, firstMonth.Month, 1) && a.Month < lastMonth)
                .Select(a => new { a.DepartmentId, a.Score })
                .ToListAsync(cancellationToken); // a score is a decimal, which SQLite cannot compare: counted here

            var minimum = surveys.Value.MinimumGroupSize;

            var rows = departments.Select(d =>
            {
                var mine = opened.Where(o => OfService(o.ServiceTypeCode) == d.Id).ToList();
                var handled = tasks.Where(t => (stageDepartment.TryGetValue((t.DefinitionId, t.StageId), out var byStage) ? byStage : OfService(t.ServiceTypeCode)) == d.Id).ToList();
                var withDeadline = handled.Sum(t => t.WithDeadline);
                var theirs = complaints.Where(c => (c.DepartmentId ?? OfService(c.ServiceTypeCode)) == d.Id).ToList();
                var rated = answers.Where(a => a.DepartmentId == d.Id).ToList();
                var answered = theirs.Where(c => c.AnsweredAt is not null).Select(c => (c.AnsweredAt!.Value - c.SubmittedAt).TotalHours).Order().ToList();
                return new DepartmentKpis(d.Id, d.Code, d.NameAr, d.NameEn, d.IsActive,
                    Opened: mine.Sum(o => o.Count),
                    Closed: closed.Where(c => OfService(c.ServiceTypeCode) == d.Id).Sum(c => c.Count),
                    WithinDeadline: withDeadline == 0 ? null : Math.Round((double)handled.Sum(t => t.Within) / withDeadline, 4),
                    Satisfaction: rated.Count >= minimum ? Math.Round((double)rated.Count(a => a.Score >= SurveyAnswer.SatisfiedFrom) / rated.Count, 4) : null,
                    Complaints: theirs.Count,
                    ComplaintsAnswered: answered.Count,
                    ComplaintMedianHoursToAnswer: answered.Count == 0 ? null : Math.Round(Percentile.Of(answered, 0.5), 2),
                    ByChannel: [.. Enum.GetValues<Channel>().Select(ch => new ChannelCount(ch, mine.Where(o => o.Channel == ch).Sum(o => o.Count)))]);
            }).ToList();
            var unassigned = complaints.Count(c => (c.DepartmentId ?? OfService(c.ServiceTypeCode)) is null);
            return new DepartmentKpisReport(from, to, rows, unassigned);
        }
    }
}

/// <summary>
/// The department KPIs: <c>GET /api/reports/departments</c>. <c>ComplaintsWithoutDepartment</c> counts the complaints
/// about no case, or about a case of a service no department handles.
/// </summary>
public sealed record DepartmentKpisReport(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<DepartmentKpis> Departments, int ComplaintsWithoutDepartment);

/// <summary>
/// One department over the period. <see cref="WithinDeadline"/> is a share from 0 to 1 (null when no task with a deadline
/// was done); <see cref="Satisfaction"/> is a share from 0 to 1, null below the surveys' minimum group size.
/// </summary>
public sealed record DepartmentKpis(
    Guid DepartmentId, string Code, string NameAr, string NameEn, bool IsActive, int Opened, int Closed, double? WithinDeadline,
    double? Satisfaction, int Complaints, int ComplaintsAnswered, double? ComplaintMedianHoursToAnswer, IReadOnlyList<ChannelCount> ByChannel);

/// <summary>Requests opened through one channel.</summary>
public sealed record ChannelCount(Channel Channel, int Count);
