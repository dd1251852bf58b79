namespace DomatAljandal.Domain.Members;

/// <summary>What a member consents to. Stored; never renumber.</summary>
public enum ConsentKind
{
    /// <summary>To be contacted with announcements and reminders (messages about the member's own request still go).</summary>
    Contact = 1,

    /// <summary>To the processing of their personal data.</summary>
    DataProcessing = 2,
}
