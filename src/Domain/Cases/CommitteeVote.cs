namespace DomatAljandal.Domain.Cases;

/// <summary>One committee member's vote on a case: the outcome chosen (an outcome id of the committee's task) and why.</summary>
public sealed record CommitteeVote(string Member, string Outcome, string? Reason, DateTimeOffset At);
