namespace DomatAljandal.Host.Features.Outreach.Reminders;

/// <summary>The events the society reminds members of without their asking. Stored as text.</summary>
public enum ReminderKind
{
    /// <summary>Membership renewal and its dues, <see cref="ReminderRule.Days"/> days before the anniversary of joining.</summary>
    MembershipRenewal = 1,

    /// <summary>A volunteering opportunity the member joined, <see cref="ReminderRule.Days"/> days (1: the day) before it starts.</summary>
    VolunteeringDayBefore = 2,

    /// <summary>A circulated document not yet acknowledged, <see cref="ReminderRule.Days"/> days after it was circulated.</summary>
    DocumentAcknowledgement = 3,
}
