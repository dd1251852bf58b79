using DomatAljandal.Host.Features.Notifications;

namespace DomatAljandal.Host.Features.Outreach.Reminders;

/// <summary>
/// An admin's switch for one <see cref="ReminderKind"/>: on or off and how many days. The wording is the notification
/// template of <see cref="TemplateKey"/>, which admins reword in the template editor.
/// </summary>
public sealed class ReminderRule
{
    public const int MaxDays = 90;

    private ReminderRule()
    {
    }

    public ReminderKind Kind { get; private set; }

    public bool Enabled { get; private set; }

    public int Days { get; private set; }

    public string? UpdatedBy { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public string TemplateKey => TemplateOf(Kind);

    public static string TemplateOf(ReminderKind kind) => kind switch
    {
        ReminderKind.MembershipRenewal => NotificationTemplateKeys.MembershipRenewalReminder,
        ReminderKind.VolunteeringDayBefore => NotificationTemplateKeys.VolunteeringReminder,
        _ => NotificationTemplateKeys.DocumentReminder,
    };

    /// <summary>What a kind does before an admin touches it: the document reminder is on (circulating asks for it), the others off.</summary>
    public static ReminderRule Default(ReminderKind kind) => new()
    {
        Kind = kind,
        Enabled = kind == ReminderKind.DocumentAcknowledgement,
        Days = kind switch { ReminderKind.MembershipRenewal => 14, ReminderKind.VolunteeringDayBefore => 1, _ => 3 },
    };

    public void Change(bool enabled, int days, string actor, DateTimeOffset now)
    {
        if (days is < 1 or > MaxDays)
        {
            throw new Domain.DomainRuleException("days", $"عدد الأيام من ١ إلى {MaxDays}.", $"days is from 1 to {MaxDays}.");
        }

        Enabled = enabled;
        Days = days;
        UpdatedBy = actor;
        UpdatedAt = now;
    }
}
