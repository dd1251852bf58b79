namespace DomatAljandal.Domain.Cases;

/// <summary>
/// The research committee's decision on a case (step 5), always with its reason. Recorded once through
/// <see cref="ServiceCase.RecordDecision"/>.
/// </summary>
public sealed class CommitteeDecision
{
    internal CommitteeDecision(DecisionOutcome outcome, string reason, string decidedBy, DateTimeOffset decidedAt, IReadOnlyList<CommitteeVote> votes)
    {
        Votes = [.. votes];
        Outcome = outcome;
        Reason = reason;
        DecidedBy = decidedBy;
        DecidedAt = decidedAt;
    }

    private CommitteeDecision()
    {
        Reason = DecidedBy = null!;
    }

    public DecisionOutcome Outcome { get; private set; }

    /// <summary>Why; the member is told it, so it is required for accept and reject alike.</summary>
    public string Reason { get; private set; }

    /// <summary>Who recorded the decision for the committee.</summary>
    public string DecidedBy { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>
    /// Who took part when the committee votes (a task taking several approvals): each member's vote and reason, the
    /// deciding vote last. Empty when one member decided.
    /// </summary>
    public IReadOnlyList<CommitteeVote> Votes { get; private set; } = [];
}
