namespace DomatAljandal.Domain.Members;

/// <summary>Stored; never renumber.</summary>
public enum MembershipStatus
{
    Active = 1,
    Suspended = 2,
    Withdrawn = 3,
}
