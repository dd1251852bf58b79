namespace DomatAljandal.Domain.Privacy;

/// <summary>
/// A personal-data breach in the register. Recording it starts the law's 72-hour clock for the notice to the
/// authority (SDAIA); the register keeps the members affected, what was done and when the notice was sent.
/// </summary>
public sealed class DataBreach
{
    /// <summary>The time the law gives to notify the authority from when the breach became known.</summary>
    public static readonly TimeSpan NoticePeriod = TimeSpan.FromHours(72);

    private DataBreach()
    {
        Description = RecordedBy = null!;
    }

    public Guid Id { get; private set; }

    public string Description { get; private set; }

    /// <summary>When the society became aware of it: the clock starts here.</summary>
    public DateTimeOffset DiscoveredAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; }

    /// <summary>The members whose data it touched.</summary>
    public IReadOnlyList<Guid> AffectedMemberIds { get; private set; } = [];

    /// <summary>What was done to contain it and to help those affected.</summary>
    public string? ActionsTaken { get; private set; }

    public DateTimeOffset? AuthorityNotifiedAt { get; private set; }

    public DateTimeOffset NoticeDueAt => DiscoveredAt + NoticePeriod;

    public static DataBreach Record(string description, DateTimeOffset discoveredAt, IReadOnlyList<Guid> affectedMemberIds, string? actionsTaken, string recordedBy, DateTimeOffset now)
    {
        if (discoveredAt > now)
        {
            throw new DomainRuleException("discoveredAt", "وقت اكتشاف الخرق لا يكون في المستقبل.", "A breach cannot be discovered in the future.");
        }

        return new DataBreach
        {
            Id = Guid.CreateVersion7(now),
            Description = Require.Text(description, 4000, "description", "وصف الخرق", "The breach's description"),
            DiscoveredAt = discoveredAt,
            RecordedAt = now,
            RecordedBy = Require.Text(recordedBy, 256, "recordedBy", "من سجّل الخرق", "Who recorded the breach"),
            AffectedMemberIds = [.. (affectedMemberIds ?? []).Distinct()],
            ActionsTaken = Require.OptionalText(actionsTaken, 4000, "actionsTaken", "الإجراءات المتخذة", "The actions taken"),
        };
    }

    /// <summary>Hours left on the 72-hour clock (negative once breached); the clock stops when the authority is notified.</summary>
    public double HoursLeft(DateTimeOffset now) => Math.Round((NoticeDueAt - (AuthorityNotifiedAt ?? now)).TotalHours, 1);

    public bool IsNoticeOverdue(DateTimeOffset now) => (AuthorityNotifiedAt ?? now) > NoticeDueAt;

    public void Update(string? actionsTaken, DateTimeOffset? authorityNotifiedAt, DateTimeOffset now)
    {
        if (actionsTaken is not null)
        {
            ActionsTaken = Require.OptionalText(actionsTaken, 4000, "actionsTaken", "الإجراءات المتخذة", "The actions taken");
        }

        if (authorityNotifiedAt is { } notified)
        {
            if (notified > now || notified < DiscoveredAt)
            {
                throw new DomainRuleException("authorityNotifiedAt", "وقت إشعار الهيئة بين اكتشاف الخرق والآن.", "The authority is notified between the discovery and now.");
            }

            AuthorityNotifiedAt = notified;
        }
    }
}
