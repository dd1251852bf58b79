namespace DomatAljandal.Domain.Privacy;

/// <summary>What a data subject asks of the society under the Personal Data Protection Law. Stored; never renumber.</summary>
public enum DataRequestKind
{
    /// <summary>A copy of everything held about them.</summary>
    Access = 1,

    /// <summary>Their data corrected.</summary>
    Correction = 2,

    /// <summary>Their data destroyed, except what a law requires keeping (which is anonymized).</summary>
    Erasure = 3,
}
