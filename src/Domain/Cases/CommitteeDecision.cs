namespace DomatAljandal.Domain.Cases;

/// <summary>
/// The research committee's decision on a case (step 5), always with its reason. Recorded once through
/// <see cref="ServiceCase.RecordDecision"/>.
/// </summary>
public sealed class CommitteeDecision
{
    internal CommitteeDecision(DecisionOutcome outcome, string reason, string decidedBy, DateTimeOffset decidedAt)
    {
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
}
