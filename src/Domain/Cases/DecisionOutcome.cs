namespace DomatAljandal.Domain.Cases;

/// <summary>قبول / رفض — the research committee's answer. Stored; never renumber.</summary>
public enum DecisionOutcome
{
    Accept = 1,
    Reject = 2,
}
