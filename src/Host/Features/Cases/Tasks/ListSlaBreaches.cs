using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Workflows.Tasks;
using MediatR;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Cases.Tasks;

/// <summary>
/// The manager's SLA view: open tasks whose deadline passed or falls within the due-soon window, breached first (by due
/// date), with how long each has waited — one page of them — and the counts by stage, role and assignee over all of
/// them, counted by the database. A task's stage (<c>step</c>, a stage id, with its names) is the one its activity belongs
/// to in the case's own definition version; <c>(none)</c> for a task outside every stage.
/// </summary>
public static class ListSlaBreaches
{
    public sealed record Query(TimeSpan? DueSoonWindow = null, int? Page = null, int? PageSize = null) : IRequest<SlaReport>;

    /// <summary>The <c>dueSoonHours</c> query number as a window: NaN, infinities and huge numbers are a 400, not an overflow.</summary>
    public static TimeSpan? Window(double? hours) => hours switch
    {
        null => null,
        { } h when double.IsFinite(h) && h is >= 0 and <= 720 => TimeSpan.FromHours(h),
        _ => throw WindowOutOfRange(),
    };

    private static ProblemException WindowOutOfRange() =>
        ProblemException.Validation("dueSoonHours", "مدة «قريب الاستحقاق» بين ٠ و٧٢٠ ساعة.", "The due-soon window is between 0 and 720 hours.");

    public sealed record SlaReport(DateTimeOffset At, TimeSpan DueSoonWindow, Paged<SlaItem> Items,
        IReadOnlyList<SlaGroup> ByStep, IReadOnlyList<SlaGroup> ByRole, IReadOnlyList<SlaGroup> ByAssignee);

    public sealed record SlaItem(
        Guid TaskId,
        Guid CaseId,
        string CaseReference,
        string? Step,
        string StepNameAr,
        string StepNameEn,
        string ActivityId,
        string NameAr,
        string NameEn,
        string? Role,
        string? Assignee,
        DateTimeOffset CreatedAt,
        DateTimeOffset? DueAt,
        DateTimeOffset? BreachedAt,
        bool Breached,
        TimeSpan Waiting,
        TimeSpan? Overdue);

    /// <summary>A count of breached and due-soon tasks for one stage, role or assignee (<c>(unassigned)</c> when none).</summary>
    public sealed record SlaGroup(string Key, int Breached, int DueSoon, string? NameAr = null, string? NameEn = null);

    public sealed class Handler(OpenTasks tasks, IWorkflowTasks engineTasks, TimeProvider clock, IOptions<CaseOptions> options) : IRequestHandler<Query, SlaReport>
    {
        public async Task<SlaReport> Handle(Query request, CancellationToken cancellationToken)
        {
            var window = request.DueSoonWindow ?? options.Value.DueSoonWindow;
            if (window < TimeSpan.Zero || window > TimeSpan.FromDays(30))
            {
                throw WindowOutOfRange();
            }

            var paging = PageRequest.Of(request.Page, request.PageSize);
            var now = clock.GetUtcNow();
            // Due order puts the breached first: a breached task's deadline is in the past, a due-soon one's ahead.
            var query = new TaskQuery { DueBefore = now + window, Order = TaskOrder.Due };
            // The counts cover every task of the view, so their sum is the page's total: the tasks are not counted twice.
            var counts = await engineTasks.CountAsync(query, cancellationToken);
            var rows = await tasks.PageAsync(query with { Total = counts.Sum(c => c.Breached + c.NotBreached) }, paging, now, window, cancellationToken);
            var items = rows.Select(r => new SlaItem(r.Task.TaskId, r.CaseId, r.CaseReference, r.Task.StageId, r.Task.StageNameAr ?? "—", r.Task.StageNameEn ?? "—",
                r.Task.ActivityId, r.Task.NameAr, r.Task.NameEn, r.Task.Role, r.Task.ClaimedBy, r.Task.CreatedAt, r.Task.DueAt, r.Task.BreachedAt,
                r.Task.Breached, now - r.Task.CreatedAt, r.Task.Breached && r.Task.DueAt is { } due ? now - due : null));

            return new SlaReport(now, window, items,
                Group(counts, c => c.StageId ?? "(none)", c => LocalizedName.Of(c.StageName, "—")),
                Group(counts, c => c.Role ?? "(none)"),
                Group(counts, c => c.ClaimedBy ?? "(unassigned)"));
        }

        private static List<SlaGroup> Group(IReadOnlyList<TaskCount> counts, Func<TaskCount, string> key, Func<TaskCount, LocalizedName>? name = null) =>
        [
            .. counts.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new SlaGroup(g.Key, g.Sum(c => c.Breached), g.Sum(c => c.NotBreached), name?.Invoke(g.First()).Ar, name?.Invoke(g.First()).En)),
        ];
    }
}
