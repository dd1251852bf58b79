using DomatAljandal.Domain;

namespace DomatAljandal.Host.Features.Volunteering;

/// <summary>Hours a member volunteered, logged by staff and counted once a second look approves them.</summary>
public sealed class VolunteerHours
{
    public const decimal MaxHoursPerEntry = 24m;

    private VolunteerHours()
    {
        Description = LoggedBy = null!;
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public Guid? OpportunityId { get; private set; }

    public DateOnly WorkedOn { get; private set; }

    public decimal Hours { get; private set; }

    public string Description { get; private set; }

    public string LoggedBy { get; private set; }

    public DateTimeOffset LoggedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public bool IsApproved => ApprovedAt is not null;

    public static VolunteerHours Log(Guid memberId, Guid? opportunityId, DateOnly workedOn, decimal hours, string description, string loggedBy, DateTimeOffset at)
    {
        if (hours is <= 0 or > MaxHoursPerEntry || decimal.Round(hours, 2) != hours)
        {
            throw new DomainRuleException("hours", "عدد الساعات بين 0.25 و24.", "Hours are more than 0 and at most 24 (two decimals).");
        }

        if (workedOn > DateOnly.FromDateTime(at.UtcDateTime.AddDays(1)))
        {
            throw new DomainRuleException("workedOn", "لا تُسجل ساعات ليوم لم يأتِ بعد.", "Hours cannot be logged for a day that has not come yet.");
        }

        return new VolunteerHours
        {
            Id = Guid.CreateVersion7(at),
            MemberId = memberId,
            OpportunityId = opportunityId,
            WorkedOn = workedOn,
            Hours = hours,
            Description = Require.Text(description, 1000, "description", "وصف العمل", "The description"),
            LoggedBy = Require.Text(loggedBy, 256, "loggedBy", "المسجِّل", "Logged by"),
            LoggedAt = at,
        };
    }

    public void Approve(string approvedBy, DateTimeOffset at)
    {
        if (IsApproved)
        {
            throw new DomainRuleException("approved", "الساعات معتمدة مسبقًا.", "These hours are already approved.");
        }

        ApprovedBy = Require.Text(approvedBy, 256, "approvedBy", "المعتمِد", "Approved by");
        ApprovedAt = at;
    }
}
