namespace DomatAljandal.Domain.Cases;

/// <summary>How the applicant signed the declaration. Stored; never renumber.</summary>
public enum DeclarationMethod
{
    /// <summary>On the member portal, confirmed with the member's password.</summary>
    PortalPassword = 1,

    /// <summary>On the member portal, confirmed with a one-time code sent to the mobile.</summary>
    PortalOneTimeCode = 2,

    /// <summary>Signed on paper at the office and scanned into the case.</summary>
    PaperScan = 3,
}
