using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Workflows.Activities;

/// <summary>What an activity execution asks the runtime to do next.</summary>
public abstract record ActivityResult
{
    /// <summary>Continue along the connections of these outcomes (several = fan-out).</summary>
    public static ActivityResult Continue(params string[] outcomes) => new ContinueResult(outcomes);

    /// <summary>Wait on a bookmark until resumed, raised or fired.</summary>
    /// <remarks><paramref name="reminders"/>: instants at which the wait reminds (an event wait's <c>reminders</c>).</remarks>
    public static ActivityResult Wait(BookmarkKind kind, IReadOnlyList<string> outcomes, string? role = null,
        DateTimeOffset? dueAt = null, string? eventName = null, IReadOnlyList<DateTimeOffset>? reminders = null) =>
        new WaitResult(kind, outcomes, role, dueAt, eventName) { Reminders = reminders ?? [] };

    /// <summary>End the instance with a result (e.g. Completed, Rejected).</summary>
    public static ActivityResult End(string result) => new EndResult(result);
}

/// <summary>Continue with the given outcomes.</summary>
public sealed record ContinueResult(IReadOnlyList<string> Outcomes) : ActivityResult;

/// <summary>Create a bookmark and wait.</summary>
public sealed record WaitResult(BookmarkKind Kind, IReadOnlyList<string> Outcomes, string? Role, DateTimeOffset? DueAt, string? EventName) : ActivityResult
{
    /// <summary>When the wait sends a reminder (each a durable timer).</summary>
    public IReadOnlyList<DateTimeOffset> Reminders { get; init; } = [];
}

/// <summary>End the instance.</summary>
public sealed record EndResult(string Result) : ActivityResult;
