using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Activities;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Expressions;
using DomatAljandal.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DomatAljandal.Workflows.Runtime;

/// <inheritdoc />
internal sealed class InstanceMigration(
    WorkflowDbContextAccessor db,
    DefinitionCache definitions,
    ActivityRegistry registry,
    ExpressionEvaluator expressions,
    IServiceProvider services,
    TimeProvider time,
    ILogger<InstanceMigration> logger) : IInstanceMigration
{
    private DbContext Context => db.Context;

    public async Task<MigrationPlan> PlanAsync(string definitionId, int fromVersion, int toVersion, CancellationToken cancellationToken)
    {
        var from = await LoadDefinitionAsync(definitionId, fromVersion, cancellationToken);
        var to = await LoadDefinitionAsync(definitionId, toVersion, cancellationToken);
        var instances = await ActiveInstances(definitionId, fromVersion, null).Select(i => i.Id).ToListAsync(cancellationToken);
        var bookmarks = await OpenBookmarks(instances).Select(b => new { b.InstanceId, b.ActivityId }).ToListAsync(cancellationToken);

        var waiting = bookmarks.GroupBy(b => b.ActivityId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var type = from.Model.FindActivity(g.Key)?.Type ?? "";
            var candidates = to.Model.Activities.Where(a => a.Type == type && IsBlocking(a)).Select(a => a.Id).ToList();
            return new WaitingActivity(g.Key, type, g.Select(b => b.InstanceId).Distinct().Count(), candidates);
        }).ToList();
        var suggested = waiting.Where(w => w.Candidates.Contains(w.ActivityId)).ToDictionary(w => w.ActivityId, w => w.ActivityId);
        return new MigrationPlan(definitionId, fromVersion, toVersion, instances, waiting, suggested);
    }

    public async Task<IReadOnlyList<MigrationError>> ValidateAsync(MigrationRequest request, CancellationToken cancellationToken) =>
        (await PrepareAsync(request, tracked: false, cancellationToken)).Errors;

    public async Task<MigrationResult> MigrateAsync(MigrationRequest request, WorkflowActor actor, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(request, tracked: true, cancellationToken);
        if (prepared.Errors.Count > 0)
        {
            db.DetachEngineEntities();
            throw new InstanceMigrationInvalidException(prepared.Errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var data = new JsonObject
        {
            ["fromVersion"] = request.FromVersion,
            ["toVersion"] = request.ToVersion,
            ["activityMap"] = new JsonObject(prepared.Map.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))),
        };
        foreach (var move in prepared.Moves)
        {
            foreach (var (bookmark, activityId, wait) in move.Bookmarks) await MoveBookmarkAsync(move.Instance, bookmark, activityId, wait, cancellationToken);
            move.Instance.Version = request.ToVersion;
            move.Instance.Revision++;
            move.Instance.UpdatedAt = now;
            Context.Add(new JournalEntry
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()),
                InstanceId = move.Instance.Id,
                Sequence = ++move.Instance.JournalSequence,
                ActivityId = WorkflowJournal.InstanceActivityId,
                ActivityType = "Instance",
                Outcome = "Migrated",
                Actor = actor.Id,
                DataJson = data.ToJsonString(),
                StartedAt = now,
                FinishedAt = now,
            });
        }
        // One SaveChanges is one transaction (or joins the host's): every instance moves, or none does.
        await db.SaveAsync(prepared.Moves.Count == 1 ? prepared.Moves[0].Instance.Id : null, cancellationToken);
        logger.LogInformation("Migrated {InstanceCount} instance(s) of {WorkflowDefinitionId} from v{FromVersion} to v{ToVersion} by {Actor}",
            prepared.Moves.Count, request.DefinitionId, request.FromVersion, request.ToVersion, actor.Id);
        return new MigrationResult(request.DefinitionId, request.FromVersion, request.ToVersion, prepared.Moves.Select(m => m.Instance.Id).ToList());
    }

    private sealed record InstanceMove(WorkflowInstance Instance, List<(Bookmark Bookmark, string ActivityId, WaitResult Wait)> Bookmarks);

    private sealed record Prepared(List<MigrationError> Errors, List<InstanceMove> Moves, Dictionary<string, string> Map);

    /// <summary>Checks everything and computes each bookmark's new wait, changing nothing.</summary>
    private async Task<Prepared> PrepareAsync(MigrationRequest request, bool tracked, CancellationToken cancellationToken)
    {
        var errors = new List<MigrationError>();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var moves = new List<InstanceMove>();
        if (request.FromVersion == request.ToVersion)
            return new([new(null, null, "The instances already run on this version.")], moves, map);

        var versions = await Context.Set<WorkflowDefinitionVersion>().AsNoTracking()
            .Where(d => d.DefinitionId == request.DefinitionId && (d.Version == request.FromVersion || d.Version == request.ToVersion))
            .Select(d => new { d.Version, d.Status }).ToListAsync(cancellationToken);
        if (versions.All(v => v.Version != request.FromVersion))
            errors.Add(new(null, null, $"Version {request.FromVersion} of '{request.DefinitionId}' does not exist."));
        var target = versions.FirstOrDefault(v => v.Version == request.ToVersion);
        if (target is null)
            errors.Add(new(null, null, $"Version {request.ToVersion} of '{request.DefinitionId}' does not exist."));
        else if (target.Status == DefinitionStatus.Draft)
            errors.Add(new(null, null, $"Version {request.ToVersion} is a draft; publish it before moving instances to it."));
        if (errors.Count > 0) return new(errors, moves, map);

        var from = await LoadDefinitionAsync(request.DefinitionId, request.FromVersion, cancellationToken);
        var to = await LoadDefinitionAsync(request.DefinitionId, request.ToVersion, cancellationToken);

        var query = ActiveInstances(request.DefinitionId, request.FromVersion, request.InstanceIds);
        var instances = tracked ? await query.ToListAsync(cancellationToken) : await query.AsNoTracking().ToListAsync(cancellationToken);
        if (request.InstanceIds is { } wanted)
        {
            foreach (var missing in wanted.Except(instances.Select(i => i.Id)))
                errors.Add(new(null, missing, $"Instance {missing} is not an active instance of version {request.FromVersion}."));
        }
        var ids = instances.Select(i => i.Id).ToList();
        var bookmarkQuery = OpenBookmarks(ids);
        var bookmarks = tracked ? await bookmarkQuery.ToListAsync(cancellationToken) : await bookmarkQuery.AsNoTracking().ToListAsync(cancellationToken);
        var withIncidents = await Context.Set<Incident>().AsNoTracking()
            .Where(i => ids.Contains(i.InstanceId) && i.Status == IncidentStatus.Open).Select(i => i.InstanceId).Distinct().ToListAsync(cancellationToken);
        foreach (var instance in instances.Where(i => i.Status == WorkflowStatus.Faulted || withIncidents.Contains(i.Id)))
            errors.Add(new(null, instance.Id, $"Instance {instance.Id} has an open incident; retry or cancel it before migrating."));

        foreach (var activityId in bookmarks.Select(b => b.ActivityId).Distinct().Order(StringComparer.Ordinal))
        {
            var source = from.Model.FindActivity(activityId);
            var mapped = request.ActivityMap.TryGetValue(activityId, out var m) && !string.IsNullOrWhiteSpace(m) ? m : null;
            if (mapped is null && to.Model.FindActivity(activityId) is { } same && same.Type == source?.Type) mapped = activityId;
            if (mapped is null)
            {
                errors.Add(new(activityId, null, $"Instances wait at '{activityId}', which has no counterpart in version {request.ToVersion}: map it to an activity."));
                continue;
            }
            var destination = to.Model.FindActivity(mapped);
            if (destination is null)
                errors.Add(new(activityId, null, $"'{activityId}' is mapped to '{mapped}', which is not in version {request.ToVersion}."));
            else if (destination.Type != source?.Type)
                errors.Add(new(activityId, null, $"'{activityId}' ({source?.Type}) cannot become '{mapped}' ({destination.Type}): the types differ."));
            else if (!IsBlocking(destination))
                errors.Add(new(activityId, null, $"'{mapped}' does not wait, so instances cannot stand there."));
            else
                map[activityId] = mapped;
        }
        if (errors.Count > 0) return new(errors, moves, map);

        foreach (var instance in instances)
        {
            var variables = JsonValues.ParseObject(instance.VariablesJson);
            var move = new InstanceMove(instance, []);
            foreach (var bookmark in bookmarks.Where(b => b.InstanceId == instance.Id))
            {
                var activity = to.Model.FindActivity(map[bookmark.ActivityId])!;
                var wait = await NewWaitAsync(instance, activity, variables, bookmark, cancellationToken);
                if (wait is null || wait.Kind != bookmark.Kind)
                    errors.Add(new(bookmark.ActivityId, instance.Id, $"'{activity.Id}' would not wait the way '{bookmark.ActivityId}' does for instance {instance.Id}."));
                else
                    move.Bookmarks.Add((bookmark, activity.Id, wait));
            }
            moves.Add(move);
        }
        return new(errors, moves, map);
    }

    /// <summary>The wait the new activity would have created when the old one began waiting (deadlines count from then).</summary>
    private async Task<WaitResult?> NewWaitAsync(WorkflowInstance instance, ActivityDefinition activity, JsonObject variables, Bookmark bookmark,
        CancellationToken cancellationToken)
    {
        var began = WorkflowEngine.Offset(bookmark.CreatedAt)!.Value;
        var context = new ActivityExecutionContext(instance.Id, instance.DefinitionId, instance.Version, activity,
            (JsonObject)variables.DeepClone(), WorkflowActor.System.Id, began, services, expressions);
        try
        {
            return await registry.Get(activity.Type).ExecuteAsync(context, cancellationToken) as WaitResult;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Activity {ActivityId} could not be evaluated for migrating instance {WorkflowInstanceId}", activity.Id, instance.Id);
            return null;
        }
    }

    private async Task MoveBookmarkAsync(WorkflowInstance instance, Bookmark bookmark, string activityId, WaitResult wait, CancellationToken cancellationToken)
    {
        bookmark.Role = wait.Role;
        bookmark.Outcomes = wait.Outcomes.ToList();
        bookmark.EventName = wait.EventName;
        bookmark.ActivityId = activityId;
        if (bookmark.BreachedAt is not null) return; // the deadline already passed and was reported; it stays passed
        var timers = await Context.Set<DurableTimer>()
            .Where(t => t.BookmarkId == bookmark.Id && t.FiredAt == null).ToListAsync(cancellationToken);
        var dueAt = wait.DueAt?.UtcDateTime;
        bookmark.DueAt = dueAt;
        if (dueAt is null)
        {
            Context.RemoveRange(timers);
            return;
        }
        if (timers.Count > 0)
        {
            foreach (var timer in timers) timer.DueAt = dueAt.Value;
            return;
        }
        Context.Add(new DurableTimer
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            InstanceId = instance.Id,
            BookmarkId = bookmark.Id,
            Kind = bookmark.Kind == BookmarkKind.HumanTask ? TimerKind.Deadline : TimerKind.Delay,
            DueAt = dueAt.Value,
        });
    }

    private bool IsBlocking(ActivityDefinition activity) =>
        registry.TryGet(activity.Type, out var type) && type.Descriptor.IsBlocking;

    private IQueryable<WorkflowInstance> ActiveInstances(string definitionId, int version, IReadOnlyList<Guid>? ids)
    {
        var query = Context.Set<WorkflowInstance>().Where(i => i.DefinitionId == definitionId && i.Version == version && !i.IsTestRun
                                                               && (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Faulted));
        return ids is null ? query : query.Where(i => ids.Contains(i.Id));
    }

    private IQueryable<Bookmark> OpenBookmarks(List<Guid> instanceIds) =>
        Context.Set<Bookmark>().Where(b => instanceIds.Contains(b.InstanceId) && b.ConsumedAt == null);

    private async Task<ExecutableDefinition> LoadDefinitionAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        await definitions.GetAsync(Context, definitionId, version, cancellationToken);
}
