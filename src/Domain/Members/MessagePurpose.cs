namespace DomatAljandal.Domain.Members;

/// <summary>Why a message goes to a member; decides whether it needs their consent to be contacted.</summary>
public enum MessagePurpose
{
    /// <summary>About the member's own request or account (codes, case notices, letters): the service they asked for.</summary>
    OwnRequest = 1,

    /// <summary>Announcements, reminders, surveys: only with consent to be contacted.</summary>
    Outreach = 2,
}
