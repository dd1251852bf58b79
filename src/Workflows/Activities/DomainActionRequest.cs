using DomatAljandal.Workflows.Runtime;
using MediatR;

namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// Sent by a DomainAction activity. The host registers one handler that routes by <see cref="Action"/>.
/// The handler runs in the engine's unit of work: its DbContext writes commit with the transition.
/// Throwing makes the activity an incident (retried with backoff).
/// </summary>
/// <param name="Action">The action's name from the definition, e.g. <c>RecordCommitteeDecision</c>.</param>
/// <param name="Inputs">The evaluated inputs (plain .NET values: string, long, double, bool, null, dictionaries, lists).</param>
/// <param name="Context">The workflow context.</param>
public sealed record DomainActionRequest(string Action, IReadOnlyDictionary<string, object?> Inputs, WorkflowContextInfo Context)
    : IRequest<DomainActionResult>;

/// <summary>The outcome of a domain action and the variables it sets.</summary>
/// <param name="Outcome">One of the activity's outcomes (declared <c>outcomes</c>, default <c>Done</c>).</param>
/// <param name="Variables">Variables to set on the instance (serialized with System.Text.Json).</param>
public sealed record DomainActionResult(string Outcome = "Done", IReadOnlyDictionary<string, object?>? Variables = null)
{
    /// <summary>Done, setting nothing.</summary>
    public static DomainActionResult Done { get; } = new();
}
