namespace DomatAljandal.Domain.Cases;

/// <summary>Where a case stands. Stored; never renumber.</summary>
public enum CaseStatus
{
    /// <summary>Being handled by the society's staff.</summary>
    Open = 1,

    /// <summary>Waiting for the member to supply information or documents.</summary>
    AwaitingMember = 2,

    /// <summary>With the research committee (step 5), waiting for accept or reject.</summary>
    InCommittee = 3,

    /// <summary>Closed: the service was delivered.</summary>
    Completed = 4,

    /// <summary>Closed: the committee rejected the request.</summary>
    Rejected = 5,

    /// <summary>Closed: withdrawn by the member or cancelled by staff, with a reason.</summary>
    Cancelled = 6,

    /// <summary>Closed: the member did not answer within the wait's lapse (8: 7 is kept for a withdrawal status).</summary>
    Lapsed = 8,
}
