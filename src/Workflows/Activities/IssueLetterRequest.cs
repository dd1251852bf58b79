using DomatAljandal.Workflows.Runtime;
using MediatR;

namespace DomatAljandal.Workflows.Activities;

/// <summary>
/// Sent by an IssueLetter activity. The host registers one handler that issues the letter in the engine's unit of work
/// (its writes commit with the transition); throwing makes the activity an incident.
/// </summary>
/// <param name="Kind">The letter kind from the definition (an entry of the host's letter-kind catalog).</param>
/// <param name="Inputs">Evaluated values for the letter's wording.</param>
/// <param name="Context">The workflow context.</param>
public sealed record IssueLetterRequest(string Kind, IReadOnlyDictionary<string, object?> Inputs, WorkflowContextInfo Context)
    : IRequest<Unit>;
