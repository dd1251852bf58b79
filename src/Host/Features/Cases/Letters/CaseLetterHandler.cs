using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Workflows.Activities;
using MediatR;

namespace DomatAljandal.Host.Features.Cases.Letters;

/// <summary>
/// The host's handler of the workflow's <c>IssueLetter</c> activities: the letter of the activity's kind is issued for
/// the instance's case, in the member's language, by the workflow, and commits with the transition. A kind the host
/// does not know, or a letter the case does not allow yet (an acceptance before the committee accepted), is an incident.
/// </summary>
public sealed class CaseLetterHandler(CaseLookup cases, LetterIssuer issuer, ILogger<CaseLetterHandler> logger) : IRequestHandler<IssueLetterRequest, Unit>
{
    /// <summary>Who issued a letter the workflow issued.</summary>
    public const string WorkflowActor = "workflow";

    public async Task<Unit> Handle(IssueLetterRequest request, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<LetterKind>(request.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || char.IsAsciiDigit(request.Kind[0]))
        {
            throw new InvalidOperationException($"Unknown letter kind '{request.Kind}'. Known: {string.Join(", ", Enum.GetNames<LetterKind>())}.");
        }

        var serviceCase = await cases.ForWorkflowAsync(request.Context, cancellationToken);
        var letter = await issuer.IssueAsync(serviceCase, kind, null, request.Inputs, WorkflowActor, cancellationToken);
        logger.LogInformation("Case {CaseReference}: the workflow issued a {LetterKind} letter at {ActivityId}",
            serviceCase.Reference.Value, letter.Kind, request.Context.ActivityId);
        return Unit.Value;
    }
}
