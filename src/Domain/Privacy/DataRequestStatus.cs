namespace DomatAljandal.Domain.Privacy;

/// <summary>Where a data subject's request stands. Stored; never renumber.</summary>
public enum DataRequestStatus
{
    Open = 1,
    Extended = 2,
    Completed = 3,
}
