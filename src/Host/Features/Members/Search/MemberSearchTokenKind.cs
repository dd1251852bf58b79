namespace DomatAljandal.Host.Features.Members.Search;

/// <summary>What a search token stands for; an exact identifier match ranks first. Stored; never renumber.</summary>
public enum MemberSearchTokenKind
{
    /// <summary>A word of the Arabic or English name.</summary>
    Name = 1,

    /// <summary>The national ID, a form of the mobile number, or the membership number.</summary>
    Identifier = 2,
}
