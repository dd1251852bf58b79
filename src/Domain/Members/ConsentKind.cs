namespace DomatAljandal.Domain.Members;

/// <summary>What a member consents to. Stored; never renumber.</summary>
public enum ConsentKind
{
    /// <summary>To be contacted with announcements and reminders (messages about the member's own request still go).</summary>
    Contact = 1,

    /// <summary>To the processing of their personal data.</summary>
    DataProcessing = 2,

    /// <summary>To be contacted by SMS. Once answered it narrows <see cref="Contact"/> for that channel; never answered, <see cref="Contact"/> covers it.</summary>
    ContactBySms = 3,

    /// <summary>To be contacted by email. Once answered it narrows <see cref="Contact"/> for that channel; never answered, <see cref="Contact"/> covers it.</summary>
    ContactByEmail = 4,
}
