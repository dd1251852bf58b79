namespace DomatAljandal.Domain.Members;

/// <summary>How a consent was given or withdrawn. Stored; never renumber.</summary>
public enum ConsentMethod
{
    /// <summary>Told to an officer at the desk (in person or by phone), who recorded it.</summary>
    Desk = 1,

    /// <summary>By the member, in the portal.</summary>
    Portal = 2,

    /// <summary>In a signed letter, recorded by an officer.</summary>
    Letter = 3,
}
