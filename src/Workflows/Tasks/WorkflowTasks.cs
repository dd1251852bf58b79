using System.Text.Json;
using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Workflows.Tasks;

/// <inheritdoc />
internal sealed class WorkflowTasks(WorkflowEngine engine, IWorkflowRuntime runtime, DefinitionCache definitions, IOptions<WorkflowEngineOptions> options, TimeProvider time)
    : IWorkflowTasks
{
    public async Task<TaskPage> ListAsync(TaskQuery query, CancellationToken cancellationToken)
    {
        if (query.Page < 1) throw new ArgumentOutOfRangeException(nameof(query), "Page starts at 1.");
        if (query.PageSize is < 1 or > TaskQuery.MaxPageSize) throw new ArgumentOutOfRangeException(nameof(query), $"PageSize is 1 to {TaskQuery.MaxPageSize}.");

        var rows = Matching(query);
        var skip = (query.Page - 1) * query.PageSize;
        List<TaskRow> page;
        if (query.Order == TaskOrder.Created)
        {
            page = await rows.OrderBy(r => r.Task.CreatedAt).ThenBy(r => r.Task.Id).Skip(skip).Take(query.PageSize).ToListAsync(cancellationToken);
        }
        else
        {
            // Tasks with a deadline first, by deadline, then those without, by age: two reads in the order of the open-task
            // indexes, each stopping at the page (one ORDER BY "due_at IS NULL" would sort every matching task first).
            page = await rows.Where(r => r.Task.DueAt != null)
                .OrderBy(r => r.Task.DueAt).ThenBy(r => r.Task.CreatedAt).ThenBy(r => r.Task.Id)
                .Skip(skip).Take(query.PageSize).ToListAsync(cancellationToken);
            if (page.Count < query.PageSize)
            {
                var withDeadline = page.Count > 0 || skip == 0 ? skip + page.Count : await rows.CountAsync(r => r.Task.DueAt != null, cancellationToken);
                page.AddRange(await rows.Where(r => r.Task.DueAt == null)
                    .OrderBy(r => r.Task.CreatedAt).ThenBy(r => r.Task.Id)
                    .Skip(Math.Max(0, skip - withDeadline)).Take(query.PageSize - page.Count).ToListAsync(cancellationToken));
            }
        }

        // A short page that is not past the end tells the total without counting; so does a caller that counted already.
        var total = query.Total
                    ?? (page.Count < query.PageSize && (page.Count > 0 || query.Page == 1) ? skip + page.Count : await CountMatchingAsync(query, rows, cancellationToken));

        var items = new List<WorkflowTask>(page.Count);
        foreach (var row in page) items.Add(await ToTaskAsync(row, cancellationToken));
        return new TaskPage(items, query.Page, query.PageSize, total);
    }

    public async Task<IReadOnlyList<TaskCount>> CountAsync(TaskQuery query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var groups = await Matching(query)
            .GroupBy(r => new { r.DefinitionId, r.Version, r.Task.ActivityId, r.Task.Role, r.Task.Assignee })
            .Select(g => new
            {
                g.Key,
                Breached = g.Count(r => r.Task.BreachedAt != null || (r.Task.DueAt != null && r.Task.DueAt <= now && r.PausedAt == null)),
                All = g.Count(),
            })
            .ToListAsync(cancellationToken);

        var counts = new List<TaskCount>(groups.Count);
        foreach (var g in groups)
        {
            var model = (await definitions.GetAsync(engine.Context, g.Key.DefinitionId, g.Key.Version, cancellationToken)).Model;
            var stage = model.FindStage(model.FindActivity(g.Key.ActivityId)?.Stage);
            counts.Add(new TaskCount(g.Key.DefinitionId, g.Key.Version, g.Key.ActivityId, stage?.Id, stage?.Name, g.Key.Role, g.Key.Assignee,
                g.Breached, g.All - g.Breached));
        }
        return counts;
    }

    /// <summary>The open human tasks (of non-test instances) matching every filter of <paramref name="query"/>, unordered.</summary>
    private IQueryable<TaskRow> Matching(TaskQuery query)
    {
        var rows = MatchingTasks(query).Join(engine.Context.Set<WorkflowInstance>().Where(i => !i.IsTestRun), b => b.InstanceId, i => i.Id,
            (b, i) => new TaskRow { Task = b, DefinitionId = i.DefinitionId, Version = i.Version, PausedAt = i.DeadlinesPausedAt });
        // A task whose SLA clock is paused is neither due nor breached (unless it breached before the pause).
        if (query.DueBefore is { } dueBefore)
        {
            var limit = dueBefore.UtcDateTime;
            rows = rows.Where(r => r.Task.BreachedAt != null || (r.Task.DueAt != null && r.Task.DueAt <= limit && r.PausedAt == null));
        }
        if (query.Breached is { } breached)
        {
            var now = time.GetUtcNow().UtcDateTime;
            rows = breached
                ? rows.Where(r => r.Task.BreachedAt != null || (r.Task.DueAt != null && r.Task.DueAt <= now && r.PausedAt == null))
                : rows.Where(r => r.Task.BreachedAt == null && (r.Task.DueAt == null || r.Task.DueAt > now || r.PausedAt != null));
        }
        return rows;
    }

    /// <summary>
    /// The count of <see cref="Matching"/>'s tasks. Without a filter on the instance's columns it is the count of the open-task
    /// index's entries less those of test runs (every task has its instance, and test runs are few): no instance is read per task.
    /// </summary>
    private async Task<int> CountMatchingAsync(TaskQuery query, IQueryable<TaskRow> rows, CancellationToken cancellationToken)
    {
        if (query.DueBefore is not null || query.Breached is not null) return await rows.CountAsync(cancellationToken);
        var tasks = MatchingTasks(query);
        var all = await tasks.CountAsync(cancellationToken);
        if (all == 0) return 0;
        // "IN (test runs)" lets the database start from the test-run index and look up only their tasks.
        var testRuns = engine.Context.Set<WorkflowInstance>().Where(i => i.IsTestRun).Select(i => i.Id);
        var ofTestRuns = await tasks.Where(b => testRuns.Contains(b.InstanceId)).CountAsync(cancellationToken);
        return all - ofTestRuns;
    }

    /// <summary>The open human tasks matching the filters of <paramref name="query"/> on the task's own columns.</summary>
    private IQueryable<Bookmark> MatchingTasks(TaskQuery query)
    {
        var context = engine.Context;
        var tasks = context.Set<Bookmark>().AsNoTracking().Where(b => b.ConsumedAt == null && b.Kind == BookmarkKind.HumanTask);
        if (query.Roles is { } roles)
        {
            // One role (an officer's usual inbox) is compared with "=": a list parameter is an IN whose SQL EF builds per count.
            var list = roles.Distinct().ToList();
            if (list.Count == 1)
            {
                var role = list[0];
                tasks = tasks.Where(b => b.Role == role);
            }
            else
            {
                tasks = tasks.Where(b => b.Role != null && list.Contains(b.Role));
            }
        }
        if (query.ClaimedBy is { } claimedBy) tasks = tasks.Where(b => b.Assignee == claimedBy);
        if (query.InstanceIds is { } instanceIds)
        {
            var ids = instanceIds.Distinct().ToList();
            if (ids.Count == 1)
            {
                var id = ids[0];
                tasks = tasks.Where(b => b.InstanceId == id);
            }
            else
            {
                tasks = tasks.Where(b => ids.Contains(b.InstanceId));
            }
        }
        return tasks;
    }

    public async Task PauseDeadlinesAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var now = engine.UtcNow;
        await engine.Context.Set<WorkflowInstance>()
            .Where(i => i.Id == instanceId && i.DeadlinesPausedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.DeadlinesPausedAt, now), cancellationToken);
    }

    public async Task ResumeDeadlinesAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var context = engine.Context;
        var pausedAt = await context.Set<WorkflowInstance>().Where(i => i.Id == instanceId)
            .Select(i => i.DeadlinesPausedAt).FirstOrDefaultAsync(cancellationToken);
        if (pausedAt is null) return;
        var now = engine.UtcNow;
        var open = await context.Set<Bookmark>().AsNoTracking()
            .Where(b => b.InstanceId == instanceId && b.ConsumedAt == null && b.Kind == BookmarkKind.HumanTask && b.DueAt != null && b.BreachedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var task in open)
        {
            var dueAt = ResumedDueAt(task, pausedAt, now)!.Value;
            await context.Set<Bookmark>().Where(b => b.Id == task.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.DueAt, dueAt), cancellationToken);
            // A paused deadline timer that came due re-armed itself (TimerDispatcher), so each such task has one pending.
            await context.Set<DurableTimer>().Where(t => t.BookmarkId == task.Id && t.Kind == TimerKind.Deadline && t.FiredAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, dueAt), cancellationToken);
        }
        await context.Set<WorkflowInstance>().Where(i => i.Id == instanceId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.DeadlinesPausedAt, (DateTime?)null), cancellationToken);
    }

    /// <summary>
    /// A task's deadline as it stands when its paused SLA clock restarts at <paramref name="now"/>: later by the calendar time
    /// spent paused since the pause, or since the task opened when it opened during the pause.
    /// </summary>
    internal static DateTime? ResumedDueAt(Bookmark task, DateTime? pausedAt, DateTime now)
    {
        if (task.DueAt is not { } due || pausedAt is not { } paused || task.BreachedAt is not null) return task.DueAt;
        var from = task.CreatedAt > paused ? task.CreatedAt : paused;
        return now > from ? due + (now - from) : due;
    }

    public async Task<WorkflowTask?> GetAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var row = await FindAsync(taskId, cancellationToken);
        return row is null ? null : await ToTaskAsync(row, cancellationToken);
    }

    public async Task<WorkflowTask> ClaimAsync(Guid taskId, WorkflowActor actor, CancellationToken cancellationToken)
    {
        var row = await OpenTaskAsync(taskId, cancellationToken);
        if (row.Task.Role is { } role && !actor.HasRole(role)) throw new ActorLacksRoleException(actor.Id, role);

        var me = actor.Id;
        var changed = await engine.Context.Set<Bookmark>()
            .Where(b => b.Id == taskId && b.ConsumedAt == null && (b.Assignee == null || b.Assignee == me))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Assignee, me), cancellationToken);
        if (changed == 0)
        {
            var now = await OpenTaskAsync(taskId, cancellationToken);
            throw new TaskClaimedException(taskId, now.Task.Assignee ?? "?");
        }

        row.Task.Assignee = me;
        return await ToTaskAsync(row, cancellationToken);
    }

    public async Task<WorkflowTask> ReleaseAsync(Guid taskId, WorkflowActor actor, CancellationToken cancellationToken)
    {
        var row = await OpenTaskAsync(taskId, cancellationToken);
        var supervisor = TaskRules.IsSupervisor(actor, options.Value);
        if (row.Task.Role is { } role && !actor.HasRole(role) && !supervisor) throw new ActorLacksRoleException(actor.Id, role);

        var me = actor.Id;
        var changed = await engine.Context.Set<Bookmark>()
            .Where(b => b.Id == taskId && b.ConsumedAt == null && (b.Assignee == me || (supervisor && b.Assignee != null)))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Assignee, (string?)null), cancellationToken);
        if (changed == 0)
        {
            var now = await OpenTaskAsync(taskId, cancellationToken);
            if (now.Task.Assignee is { } holder) throw new TaskReleaseForbiddenException(taskId, holder);
        }

        row.Task.Assignee = null;
        return await ToTaskAsync(row, cancellationToken);
    }

    public async Task<WorkflowInstanceSnapshot> CompleteAsync(Guid taskId, string outcome, JsonObject? data, WorkflowActor actor,
        CancellationToken cancellationToken)
    {
        // A task is a human task's bookmark: once found (404 for anything else), completing it is the runtime's resume,
        // with the same checks of state, role, claim and outcome.
        await using var connection = await engine.OpenConnectionAsync(cancellationToken);
        var row = await OpenTaskAsync(taskId, cancellationToken);
        return await runtime.ResumeAsync(row.Task.InstanceId, taskId, outcome, data, actor, cancellationToken);
    }

    private async Task<TaskRow?> FindAsync(Guid taskId, CancellationToken cancellationToken) =>
        await engine.Context.Set<Bookmark>().AsNoTracking()
            .Where(b => b.Id == taskId && b.Kind == BookmarkKind.HumanTask)
            .Join(engine.Context.Set<WorkflowInstance>(), b => b.InstanceId, i => i.Id,
                (b, i) => new TaskRow { Task = b, DefinitionId = i.DefinitionId, Version = i.Version, PausedAt = i.DeadlinesPausedAt })
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<TaskRow> OpenTaskAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var row = await FindAsync(taskId, cancellationToken) ?? throw new WorkflowNotFoundException($"Task {taskId} does not exist.");
        return row.Task.ConsumedAt is null ? row : throw new BookmarkConsumedException(taskId);
    }

    private async Task<WorkflowTask> ToTaskAsync(TaskRow row, CancellationToken cancellationToken)
    {
        var (task, definitionId, version) = (row.Task, row.DefinitionId, row.Version);
        // While paused, the deadline reads as if the clock restarted now, so the task is neither breached nor due soon.
        var dueAt = task.ConsumedAt is null ? ResumedDueAt(task, row.PausedAt, engine.UtcNow) : task.DueAt;
        var model = (await definitions.GetAsync(engine.Context, definitionId, version, cancellationToken)).Model;
        var activity = model.FindActivity(task.ActivityId);
        var declared = activity?.OutcomesProperty("outcomes") ?? [];
        var stage = model.FindStage(activity?.Stage);
        return new WorkflowTask(task.Id, task.InstanceId, definitionId, version, task.ActivityId, activity?.Name, task.Role,
            task.Outcomes.Where(o => o != Activities.HumanTaskActivity.TimeoutOutcome)
                .Select(o => declared.FirstOrDefault(d => d.Id == o) ?? new OutcomeDefinition(o, null)).ToList(),
            FormOf(activity), stage?.Id, stage?.Name, task.Assignee,
            WorkflowEngine.Offset(task.CreatedAt)!.Value, WorkflowEngine.Offset(dueAt), WorkflowEngine.Offset(task.BreachedAt),
            WorkflowEngine.Offset(task.ConsumedAt))
        {
            Approvals = activity is null ? 1 : Activities.HumanTaskActivity.ApprovalsOf(activity),
            Votes = TaskVote.Parse(task.VotesJson),
        };
    }

    private static List<TaskFormField> FormOf(ActivityDefinition? activity)
    {
        if (activity?.Property("form") is not { ValueKind: JsonValueKind.Array } form) return [];
        var fields = new List<TaskFormField>();
        foreach (var field in form.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.Object))
        {
            var key = field.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : "";
            var type = field.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "text";
            var required = field.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
            var label = field.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.Object
                ? l.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!)
                : null;
            fields.Add(new TaskFormField(key, type, required, label));
        }
        return fields;
    }

    private sealed class TaskRow
    {
        public Bookmark Task { get; init; } = null!;
        public string DefinitionId { get; init; } = "";
        public int Version { get; init; }
        public DateTime? PausedAt { get; init; }
    }
}
