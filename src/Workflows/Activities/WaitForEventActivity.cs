using System.Text.Json.Nodes;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;

namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// Waits for the event <c>eventName</c> (e.g. a member's signature arriving from the portal); outcome <c>Done</c>.
/// The event's data is stored in <c>resultVariable</c> when set.
/// </summary>
public sealed class WaitForEventActivity : IResumableActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "WaitForEvent",
        "Waits for a named event raised for this instance.",
        [
            new("eventName", ActivityPropertyKind.Text, true, "The event's name, e.g. DeclarationSigned."),
            new("resultVariable", ActivityPropertyKind.Text, false, "Variable that receives the event's data."),
        ],
        Outcomes: ["Done"],
        IsBlocking: true);

    /// <inheritdoc />
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Wait(BookmarkKind.Event, ["Done"], eventName: context.Activity.StringProperty("eventName")));

    /// <inheritdoc />
    public void ApplyResume(ActivityDefinition activity, string outcome, JsonObject? data, JsonObject variables)
    {
        if (activity.StringProperty("resultVariable") is { } name) variables[name] = data?.DeepClone();
    }
}
