using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Expressions;
using DomatAljandal.Workflows.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DomatAljandal.Workflows.Runtime;

/// <summary>
/// The state of one instance during one unit of work (a start, resume, event, timer or retry), and what the unit of
/// work changed: the engine's rows are not tracked by EF; <see cref="InstanceWriter"/> writes these changes.
/// </summary>
internal sealed class InstanceExecution
{
    public InstanceExecution(WorkflowInstance instance, ExecutableDefinition definition, List<Bookmark> openBookmarks, bool isNew)
    {
        Instance = instance;
        Definition = definition;
        OpenBookmarks = openBookmarks;
        IsNew = isNew;
        Variables = JsonValues.ParseObject(instance.VariablesJson);
    }

    public WorkflowInstance Instance { get; }
    public ExecutableDefinition Definition { get; }
    public JsonObject Variables { get; }

    /// <summary>Started in this unit of work (inserted), rather than loaded (updated if still at the revision loaded).</summary>
    public bool IsNew { get; }

    /// <summary>
    /// The instance's and bookmarks' values as loaded: the writer attaches them with these as original values, so only
    /// the columns that changed are updated and the instance's update applies only if nobody saved it since (its revision).
    /// </summary>
    public Dictionary<object, PropertyValues> Loaded { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Bookmarks not consumed (loaded ones plus the ones created in this unit of work).</summary>
    public List<Bookmark> OpenBookmarks { get; }

    /// <summary>Bookmarks created in this unit of work.</summary>
    public List<Bookmark> NewBookmarks { get; } = [];

    /// <summary>Loaded bookmarks consumed or breached in this unit of work.</summary>
    public HashSet<Bookmark> ChangedBookmarks { get; } = [];

    /// <summary>Loaded bookmarks whose pending timers are deleted (their wait is over).</summary>
    public List<Guid> BookmarksDone { get; } = [];

    /// <summary>The instance ended: every pending timer is deleted and every open incident cancelled.</summary>
    public bool Closed { get; set; }

    /// <summary>Timers added in this unit of work and not yet saved.</summary>
    public List<DurableTimer> NewTimers { get; } = [];

    /// <summary>Incidents raised in this unit of work and not yet saved.</summary>
    public List<Incident> NewIncidents { get; } = [];

    /// <summary>Loaded incidents retried, resolved or cancelled in this unit of work.</summary>
    public HashSet<Incident> ChangedIncidents { get; } = [];

    /// <summary>Journal entries of this unit of work.</summary>
    public List<JournalEntry> NewJournal { get; } = [];

    /// <summary>The last bookmark resumed in this unit of work (what led to the activities now running).</summary>
    public Guid? ResumedBookmarkId { get; set; }

    public List<INotification> Notifications { get; } = [];
    public int Steps { get; set; }

    public bool IsActive => Instance.Status is WorkflowStatus.Running or WorkflowStatus.Faulted;

    /// <summary>Marks a bookmark changed (a new one is inserted with its final state anyway).</summary>
    public void Changed(Bookmark bookmark)
    {
        if (!NewBookmarks.Contains(bookmark)) ChangedBookmarks.Add(bookmark);
    }

    /// <summary>Marks an incident changed (a new one is inserted with its final state anyway).</summary>
    public void Changed(Incident incident)
    {
        if (!NewIncidents.Contains(incident)) ChangedIncidents.Add(incident);
    }

    public WorkflowInstanceSnapshot ToSnapshot() => new(
        Instance.Id, Instance.DefinitionId, Instance.Version, Instance.Status, Instance.Result,
        OpenBookmarks.Select(WorkflowEngine.ToInfo).ToList(), (JsonObject)Variables.DeepClone(), Instance.CurrentStage);
}
