namespace DomatAljandal.Host.Features.Cases;

/// <summary>The events the shipped procedure waits for (<c>WaitForEvent</c> activities' <c>eventName</c>).</summary>
public static class CaseEvents
{
    /// <summary>Step 4: the applicant signed the declaration (on the portal, or on paper recorded by the officer).</summary>
    public const string DeclarationSigned = nameof(DeclarationSigned);

    /// <summary>Step 2: the member supplied the missing information (on the portal, or recorded by staff).</summary>
    public const string MemberReplied = nameof(MemberReplied);
}
