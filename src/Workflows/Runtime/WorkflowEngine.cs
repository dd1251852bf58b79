using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Expressions;
using DomatAljandal.Workflows.Persistence;
using DomatAljandal.Workflows.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>
/// The flowchart walker and the operations on an instance's unit of work. Public services (runtime, incidents,
/// timer dispatcher) load an <see cref="InstanceExecution"/>, call in here, then <see cref="SaveAsync"/>.
/// </summary>
internal sealed class WorkflowEngine(
    WorkflowDbContextAccessor db,
    InstanceWriter writer,
    DefinitionCache definitions,
    ActivityRegistry registry,
    ExpressionEvaluator expressions,
    IServiceProvider services,
    TimeProvider time,
    IOptions<WorkflowEngineOptions> options,
    ILogger<WorkflowEngine> logger)
{
    private static readonly ActivityDefinition StageEntry = new() { Id = WorkflowJournal.StageActivityId, Type = WorkflowJournal.StageActivityType };
    private readonly WorkflowEngineOptions _options = options.Value;

    public DbContext Context => db.Context;
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public IDisposable? BeginScope(WorkflowInstance instance) => logger.BeginScope(new Dictionary<string, object>
    {
        ["WorkflowInstanceId"] = instance.Id,
        ["WorkflowDefinitionId"] = instance.DefinitionId,
    });

    /// <summary>Holds the connection open until disposed: one open per unit of work instead of one per statement.</summary>
    public Task<OpenConnectionLease> OpenConnectionAsync(CancellationToken cancellationToken) =>
        OpenConnectionLease.AcquireAsync(Context, cancellationToken);

    /// <summary>
    /// Loads an instance with its open bookmarks (compiled queries, not tracked) and its cached definition, and remembers
    /// their values as loaded: the writer attaches them with those as original values, so EF updates only the columns
    /// that changed and guards the instance's update with the revision read.
    /// </summary>
    public async Task<InstanceExecution> LoadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var queries = EngineQueries.For(Context);
        var instance = await queries.Instance(Context, instanceId, cancellationToken)
                       ?? throw new WorkflowNotFoundException($"Workflow instance {instanceId} does not exist.");
        var open = new List<Bookmark>();
        await foreach (var bookmark in queries.OpenBookmarks(Context, instanceId).WithCancellation(cancellationToken)) open.Add(bookmark);
        var definition = await definitions.GetAsync(Context, instance.DefinitionId, instance.Version, cancellationToken);
        var execution = new InstanceExecution(instance, definition, open, isNew: false);
        execution.Loaded[instance] = Context.Entry(instance).CurrentValues.Clone();
        foreach (var bookmark in open) execution.Loaded[bookmark] = Context.Entry(bookmark).CurrentValues.Clone();
        return execution;
    }

    /// <summary>The published version of a definition, if it has one.</summary>
    public Task<int?> PublishedVersionAsync(string definitionId, CancellationToken cancellationToken) =>
        EngineQueries.For(Context).PublishedVersion(Context, definitionId, cancellationToken);

    public InstanceExecution Create(ExecutableDefinition definition, JsonObject? input, string actor)
    {
        var now = UtcNow;
        var instance = new WorkflowInstance
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            DefinitionId = definition.DefinitionId,
            Version = definition.Version,
            Status = WorkflowStatus.Running,
            VariablesJson = input?.ToJsonString() ?? "{}",
            StartedBy = actor,
            CreatedAt = now,
            UpdatedAt = now,
        };
        return new InstanceExecution(instance, definition, [], isNew: true);
    }

    /// <summary>Runs the flowchart from the given activities until every path waits or ends.</summary>
    public async Task RunAsync(InstanceExecution x, IEnumerable<string> activityIds, string? actor, CancellationToken cancellationToken,
        Incident? retrying = null)
    {
        var queue = new Queue<string>(activityIds);
        while (queue.TryDequeue(out var activityId) && x.IsActive)
        {
            var activity = x.Definition.Activity(activityId);
            if (++x.Steps > _options.MaxStepsPerBurst)
            {
                var loop = new InvalidOperationException(
                    $"More than {_options.MaxStepsPerBurst} activities ran without waiting; the flowchart probably loops.");
                Journal(x, activity, UtcNow, actor, outcome: null, error: loop.Message);
                RaiseIncident(x, activity, loop, retrying: null, exhausted: true);
                return;
            }

            var type = registry.Get(activity.Type);
            var started = UtcNow;
            ActivityResult result;
            try
            {
                await EnterStageAsync(x, activity, actor, cancellationToken);
                var context = new ActivityExecutionContext(x.Instance.Id, x.Instance.DefinitionId, x.Instance.Version, activity,
                    x.Variables, actor, time.GetUtcNow(), services, expressions, x.ResumedBookmarkId);
                result = await type.ExecuteAsync(context, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Activity {ActivityId} ({ActivityType}) failed", activity.Id, activity.Type);
                Journal(x, activity, started, actor, outcome: null, error: ex.Message);
                RaiseIncident(x, activity, ex, retrying?.ActivityId == activity.Id ? retrying : null, exhausted: false);
                if (retrying?.ActivityId == activity.Id) retrying = null;
                continue;
            }

            if (retrying?.ActivityId == activity.Id)
            {
                Resolve(x, retrying);
                retrying = null;
            }

            switch (result)
            {
                case ContinueResult next:
                    Journal(x, activity, started, actor, string.Join(",", next.Outcomes));
                    foreach (var outcome in next.Outcomes)
                        foreach (var target in x.Definition.Targets(activity.Id, outcome))
                            queue.Enqueue(target);
                    break;
                case WaitResult wait:
                    CreateBookmark(x, activity, wait);
                    break;
                case EndResult end:
                    Journal(x, activity, started, actor, end.Result);
                    Complete(x, end.Result);
                    queue.Clear();
                    break;
            }
        }
    }

    /// <summary>Consumes a bookmark with an outcome (journaled with actor and data) and continues from it.</summary>
    public async Task ResumeBookmarkAsync(InstanceExecution x, Bookmark bookmark, string outcome, JsonObject? data, string actor,
        CancellationToken cancellationToken)
    {
        var activity = x.Definition.Activity(bookmark.ActivityId);
        if (registry.Get(activity.Type) is IResumableActivity resumable)
            resumable.ApplyResume(activity, outcome, data, x.Variables);
        Consume(x, bookmark, outcome, actor);
        Journal(x, activity, bookmark.CreatedAt, actor, outcome, data: data);
        logger.LogInformation("Bookmark {BookmarkId} at {ActivityId} resumed with {Outcome} by {Actor}",
            bookmark.Id, bookmark.ActivityId, outcome, actor);
        await PublishTaskCompletedAsync(x, bookmark, activity, outcome, data, actor, cancellationToken);
        await RunAsync(x, x.Definition.Targets(activity.Id, outcome), actor, cancellationToken);
    }

    /// <summary>Whether the task takes the votes of several people (<c>approvals</c> above 1).</summary>
    public bool TakesVotes(InstanceExecution x, Bookmark bookmark) =>
        HumanTaskActivity.ApprovalsOf(x.Definition.Activity(bookmark.ActivityId)) > 1;

    /// <summary>
    /// A vote on a task that takes several: each person votes once, with the form checked as on a completion; the vote is
    /// recorded on the task (and journaled) and the task goes back to its role's queue for the next member. Once an
    /// outcome has more than half of <c>approvals</c> votes, that outcome completes the task.
    /// </summary>
    /// <exception cref="TaskAlreadyVotedException">The actor voted already.</exception>
    public async Task VoteAsync(InstanceExecution x, Bookmark bookmark, string outcome, JsonObject? data, string actor,
        CancellationToken cancellationToken)
    {
        var activity = x.Definition.Activity(bookmark.ActivityId);
        var votes = TaskVote.Parse(bookmark.VotesJson);
        if (votes.Any(v => string.Equals(v.Actor, actor, StringComparison.OrdinalIgnoreCase)))
            throw new TaskAlreadyVotedException(bookmark.Id, actor);
        // The form is checked as a completion checks it; the variables change only when the task completes.
        if (registry.Get(activity.Type) is IResumableActivity resumable) resumable.ApplyResume(activity, outcome, data, []);
        votes.Add(new TaskVote(actor, outcome, (JsonObject?)data?.DeepClone(), time.GetUtcNow()));
        bookmark.VotesJson = TaskVote.Write(votes);
        bookmark.Assignee = null;
        x.Changed(bookmark);
        var approvals = HumanTaskActivity.ApprovalsOf(activity);
        logger.LogInformation("Vote {VoteNumber} of {Approvals} on {ActivityId}: {Outcome} by {Actor}", votes.Count, approvals, activity.Id, outcome, actor);
        if (TaskVote.Decides(votes, outcome, approvals))
        {
            await ResumeBookmarkAsync(x, bookmark, outcome, data, actor, cancellationToken);
            return;
        }
        var voted = new JsonObject { ["outcome"] = outcome, ["data"] = data?.DeepClone() };
        Journal(x, activity, UtcNow, actor, VoteOutcome, data: voted);
    }

    /// <summary>The journal outcome of a vote that did not (yet) decide its task.</summary>
    public const string VoteOutcome = "Vote";

    /// <summary>A human task's deadline passed: record the breach, publish, and take Timeout if connected.</summary>
    public async Task BreachDeadlineAsync(InstanceExecution x, Bookmark bookmark, CancellationToken cancellationToken)
    {
        var now = UtcNow;
        bookmark.BreachedAt = now;
        x.Changed(bookmark);
        var takeTimeout = x.Definition.HasConnection(bookmark.ActivityId, HumanTaskActivity.TimeoutOutcome);
        logger.LogInformation("Deadline of {ActivityId} (role {Role}) breached; timeout path taken: {TimeoutTaken}",
            bookmark.ActivityId, bookmark.Role, takeTimeout);
        x.Notifications.Add(new DeadlineBreached(x.Instance.Id, x.Instance.DefinitionId, bookmark.Id, bookmark.ActivityId, bookmark.Role,
            new DateTimeOffset(bookmark.DueAt ?? now), new DateTimeOffset(now), takeTimeout));
        if (!takeTimeout) return;

        var activity = x.Definition.Activity(bookmark.ActivityId);
        Consume(x, bookmark, HumanTaskActivity.TimeoutOutcome, WorkflowActor.System.Id);
        Journal(x, activity, bookmark.CreatedAt, WorkflowActor.System.Id, HumanTaskActivity.TimeoutOutcome);
        await PublishTaskCompletedAsync(x, bookmark, activity, HumanTaskActivity.TimeoutOutcome, null, WorkflowActor.System.Id, cancellationToken);
        await RunAsync(x, x.Definition.Targets(activity.Id, HumanTaskActivity.TimeoutOutcome), WorkflowActor.System.Id, cancellationToken);
    }

    /// <summary>
    /// The deadline timer of a task whose SLA clock is paused came due: a new one is set for when the task's deadline falls
    /// should the clock restart now (the task does not breach while paused). False when the task had no time left when the
    /// clock paused: then it breaches as usual.
    /// </summary>
    public bool RearmPausedDeadline(InstanceExecution x, Bookmark bookmark, DateTime pausedAt)
    {
        if (Tasks.WorkflowTasks.ResumedDueAt(bookmark, pausedAt, UtcNow) is not { } dueAt || dueAt <= UtcNow || bookmark.BreachedAt is not null)
            return false;
        AddTimer(x, new DurableTimer
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            InstanceId = x.Instance.Id,
            BookmarkId = bookmark.Id,
            Kind = TimerKind.Deadline,
            DueAt = dueAt,
        });
        return true;
    }

    /// <summary>
    /// A reminder of an event wait is due: its <c>reminderTemplate</c> is sent (as a SendNotification activity sends, with
    /// the input <c>reminder</c>, its number from 1) and the reminder is journaled. The wait goes on.
    /// </summary>
    public async Task RemindAsync(InstanceExecution x, Bookmark bookmark, DateTime dueAt, CancellationToken cancellationToken)
    {
        var activity = x.Definition.Activity(bookmark.ActivityId);
        var number = x.NewJournal.Count(j => j.ActivityId == activity.Id && j.Outcome == ReminderOutcome) + 1
                     + await Context.Set<JournalEntry>().CountAsync(
                         j => j.InstanceId == x.Instance.Id && j.ActivityId == activity.Id && j.Outcome == ReminderOutcome
                              && j.StartedAt >= bookmark.CreatedAt, cancellationToken);
        var inputs = new Dictionary<string, object?> { ["reminder"] = number, ["lapsesAt"] = Offset(bookmark.DueAt) };
        if (activity.StringProperty("reminderTemplate") is { } template)
        {
            var context = new WorkflowContextInfo(x.Instance.Id, x.Instance.DefinitionId, x.Instance.Version, activity.Id, WorkflowActor.System.Id,
                Expressions.JsonValues.ToPlainDictionary(x.Variables), bookmark.Id);
            await services.GetRequiredService<IMediator>().Send(new SendNotificationRequest(template, inputs, context), cancellationToken);
        }
        Journal(x, activity, dueAt, WorkflowActor.System.Id, ReminderOutcome, data: new JsonObject { ["reminder"] = number });
        logger.LogInformation("Reminder {ReminderNumber} of the wait at {ActivityId} sent", number, activity.Id);
    }

    /// <summary>The journal outcome of an event wait's reminder.</summary>
    public const string ReminderOutcome = "Reminder";

    /// <summary>Re-runs the activity of an open incident.</summary>
    public async Task RetryAsync(InstanceExecution x, Incident incident, string actor, CancellationToken cancellationToken)
    {
        if (x.Instance.Status == WorkflowStatus.Faulted) x.Instance.Status = WorkflowStatus.Running;
        x.Changed(incident);
        JournalInstance(x, actor, "IncidentRetried", new JsonObject { ["incidentId"] = incident.Id.ToString(), ["activityId"] = incident.ActivityId });
        logger.LogInformation("Retrying activity {ActivityId} of incident {IncidentId} (attempt {Attempt})",
            incident.ActivityId, incident.Id, incident.Attempts + 1);
        await RunAsync(x, [incident.ActivityId], actor, cancellationToken, incident);
    }

    /// <summary>Cancels the instance: bookmarks, timers and incidents are closed.</summary>
    public void Cancel(InstanceExecution x, string actor, string? reason, string? result = null)
    {
        CloseOpenWork(x, "Cancelled", actor);
        x.Instance.Status = WorkflowStatus.Cancelled;
        x.Instance.Result = string.IsNullOrWhiteSpace(result) ? "Cancelled" : result.Trim();
        x.Instance.FinishedAt = UtcNow;
        JournalInstance(x, actor, "Cancelled", reason is null ? null : new JsonObject { ["reason"] = reason });
        logger.LogInformation("Workflow instance cancelled by {Actor}", actor);
    }

    /// <summary>Publishes the collected notifications (inside the unit of work), then writes it in one transaction.</summary>
    public async Task<WorkflowInstanceSnapshot> SaveAsync(InstanceExecution x, CancellationToken cancellationToken)
    {
        x.Instance.VariablesJson = x.Variables.ToJsonString();
        x.Instance.Revision++;
        x.Instance.UpdatedAt = UtcNow;
        if (x.Notifications.Count > 0)
        {
            var mediator = services.GetRequiredService<IMediator>();
            foreach (var notification in x.Notifications) await mediator.Publish(notification, cancellationToken);
        }
        await writer.WriteAsync(x, cancellationToken);
        return x.ToSnapshot();
    }

    /// <summary>
    /// The activity about to run belongs to another stage than the current one: the instance enters it. The host hears of it
    /// first (so its record stands in the stage before the stage's own actions run); if it refuses, nothing changed and
    /// the activity's incident says why.
    /// </summary>
    private async Task EnterStageAsync(InstanceExecution x, ActivityDefinition activity, string? actor, CancellationToken cancellationToken)
    {
        if (activity.Stage is not { } stage || stage == x.Instance.CurrentStage || x.Definition.Model.FindStage(stage) is null) return;
        var previous = x.Instance.CurrentStage;
        await services.GetRequiredService<IMediator>()
            .Publish(new StageEntered(x.Instance.Id, x.Instance.DefinitionId, x.Instance.Version, stage, previous), cancellationToken);
        x.Instance.CurrentStage = stage;
        Journal(x, StageEntry, UtcNow, actor, stage, data: previous is null ? null : new JsonObject { ["previous"] = previous });
        logger.LogInformation("Entered stage {StageId} (from {PreviousStageId})", stage, previous);
    }

    private async Task PublishTaskCompletedAsync(InstanceExecution x, Bookmark bookmark, ActivityDefinition activity, string outcome,
        JsonObject? data, string actor, CancellationToken cancellationToken)
    {
        if (bookmark.Kind != BookmarkKind.HumanTask) return;
        var votes = TaskVote.Parse(bookmark.VotesJson);
        await services.GetRequiredService<IMediator>().Publish(new TaskCompleted(x.Instance.Id, x.Instance.DefinitionId, x.Instance.Version,
            bookmark.Id, activity.Id, activity.Stage, outcome, (JsonObject?)data?.DeepClone(), actor)
        {
            Votes = votes,
            DueAt = Offset(bookmark.DueAt),
        }, cancellationToken);
    }

    private void Consume(InstanceExecution x, Bookmark bookmark, string outcome, string actor)
    {
        bookmark.ConsumedAt = UtcNow;
        bookmark.ConsumedBy = actor;
        bookmark.ConsumedOutcome = outcome;
        x.Changed(bookmark);
        x.OpenBookmarks.Remove(bookmark);
        x.ResumedBookmarkId = bookmark.Id;
        if (bookmark.DueAt is null) return;
        // The deadline or delay timer has nothing left to do.
        x.NewTimers.RemoveAll(t => t.BookmarkId == bookmark.Id);
        if (!x.NewBookmarks.Contains(bookmark)) x.BookmarksDone.Add(bookmark.Id);
    }

    private static void AddTimer(InstanceExecution x, DurableTimer timer) => x.NewTimers.Add(timer);

    private void CreateBookmark(InstanceExecution x, ActivityDefinition activity, WaitResult wait)
    {
        var now = UtcNow;
        var bookmark = new Bookmark
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            InstanceId = x.Instance.Id,
            ActivityId = activity.Id,
            Kind = wait.Kind,
            Role = wait.Role,
            Outcomes = wait.Outcomes.ToList(),
            DueAt = wait.DueAt?.UtcDateTime,
            EventName = wait.EventName,
            CreatedAt = now,
        };
        x.NewBookmarks.Add(bookmark);
        x.OpenBookmarks.Add(bookmark);
        if (bookmark.DueAt is { } dueAt)
        {
            AddTimer(x, new DurableTimer
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()),
                InstanceId = x.Instance.Id,
                BookmarkId = bookmark.Id,
                Kind = wait.Kind switch
                {
                    BookmarkKind.HumanTask => TimerKind.Deadline,
                    BookmarkKind.Event => TimerKind.Lapse,
                    _ => TimerKind.Delay,
                },
                DueAt = dueAt,
            });
        }
        foreach (var reminder in wait.Reminders)
        {
            AddTimer(x, new DurableTimer
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()),
                InstanceId = x.Instance.Id,
                BookmarkId = bookmark.Id,
                Kind = TimerKind.Reminder,
                DueAt = reminder.UtcDateTime,
            });
        }
        x.Notifications.Add(new BookmarkCreated(x.Instance.Id, x.Instance.DefinitionId, bookmark.Id, bookmark.ActivityId, bookmark.Kind,
            bookmark.Role, bookmark.Outcomes, wait.DueAt));
        logger.LogDebug("Waiting at {ActivityId} on {BookmarkKind} bookmark {BookmarkId}", activity.Id, wait.Kind, bookmark.Id);
    }

    private void Complete(InstanceExecution x, string result)
    {
        CloseOpenWork(x, "Cancelled", WorkflowActor.System.Id);
        x.Instance.Status = WorkflowStatus.Completed;
        x.Instance.Result = result;
        x.Instance.FinishedAt = UtcNow;
        x.Notifications.Add(new WorkflowCompleted(x.Instance.Id, x.Instance.DefinitionId, x.Instance.Version, result));
        logger.LogInformation("Workflow instance completed with {Result}", result);
    }

    /// <summary>
    /// The instance ends: its open bookmarks are consumed with <paramref name="outcome"/>; its pending timers are deleted
    /// and its open incidents cancelled (in the database by <see cref="InstanceWriter"/>, here for those in memory).
    /// </summary>
    private void CloseOpenWork(InstanceExecution x, string outcome, string actor)
    {
        var now = UtcNow;
        foreach (var bookmark in x.OpenBookmarks)
        {
            bookmark.ConsumedAt = now;
            bookmark.ConsumedBy = actor;
            bookmark.ConsumedOutcome = outcome;
            x.Changed(bookmark);
        }
        x.OpenBookmarks.Clear();
        x.NewTimers.Clear();
        x.Closed = true;
        foreach (var incident in x.NewIncidents.Concat(x.ChangedIncidents).Where(i => i.Status == IncidentStatus.Open))
        {
            incident.Status = IncidentStatus.Cancelled;
            incident.NextAttemptAt = null;
            incident.ClosedAt = now;
        }
    }

    private void RaiseIncident(InstanceExecution x, ActivityDefinition activity, Exception error, Incident? retrying, bool exhausted)
    {
        var now = UtcNow;
        var incident = retrying ?? new Incident
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            InstanceId = x.Instance.Id,
            DefinitionId = x.Instance.DefinitionId,
            ActivityId = activity.Id,
            Status = IncidentStatus.Open,
            CreatedAt = now,
        };
        if (retrying is null) x.NewIncidents.Add(incident);
        else x.Changed(retrying);
        incident.Attempts++;
        incident.Error = error.Message;

        if (exhausted || incident.Attempts >= _options.IncidentMaxAttempts)
        {
            incident.NextAttemptAt = null;
            x.Instance.Status = WorkflowStatus.Faulted;
            x.Notifications.Add(new WorkflowFaulted(x.Instance.Id, x.Instance.DefinitionId, activity.Id, incident.Id, error.Message));
            logger.LogError(error, "Activity {ActivityId} failed after {Attempts} attempt(s); instance faulted", activity.Id, incident.Attempts);
            return;
        }

        var delay = _options.IncidentBackoff * Math.Pow(2, incident.Attempts - 1);
        incident.NextAttemptAt = now + delay;
        AddTimer(x, new DurableTimer
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            InstanceId = x.Instance.Id,
            IncidentId = incident.Id,
            Kind = TimerKind.IncidentRetry,
            DueAt = incident.NextAttemptAt.Value,
        });
    }

    private void Resolve(InstanceExecution x, Incident incident)
    {
        x.Changed(incident);
        incident.Status = IncidentStatus.Resolved;
        incident.NextAttemptAt = null;
        incident.ClosedAt = UtcNow;
    }

    private void Journal(InstanceExecution x, ActivityDefinition activity, DateTime startedAt, string? actor, string? outcome,
        string? error = null, JsonObject? data = null) =>
        x.NewJournal.Add(new JournalEntry
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            InstanceId = x.Instance.Id,
            Sequence = ++x.Instance.JournalSequence,
            ActivityId = activity.Id,
            ActivityType = activity.Type,
            Outcome = outcome,
            Actor = actor,
            DataJson = data?.ToJsonString(),
            StartedAt = startedAt,
            FinishedAt = UtcNow,
            Error = error,
        });

    private void JournalInstance(InstanceExecution x, string actor, string outcome, JsonObject? data) =>
        Journal(x, new ActivityDefinition { Id = WorkflowJournal.InstanceActivityId, Type = "Instance" }, UtcNow, actor, outcome, data: data);

    internal static BookmarkInfo ToInfo(Bookmark b) => new(
        b.Id, b.ActivityId, b.Kind, b.Role, b.Outcomes, Offset(b.DueAt), Offset(b.BreachedAt), b.EventName, new DateTimeOffset(b.CreatedAt));

    internal static DateTimeOffset? Offset(DateTime? utc) =>
        utc is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
