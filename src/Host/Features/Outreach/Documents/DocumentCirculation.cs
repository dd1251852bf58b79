namespace DomatAljandal.Host.Features.Outreach.Documents;

/// <summary>
/// A version of a document sent to staff roles, departments or a segment of members to read and acknowledge; one
/// <see cref="CirculationRecipient"/> per person, so the circulation shows who has read it. Those who have not are
/// reminded once, at <see cref="RemindAt"/>.
/// </summary>
public sealed class DocumentCirculation
{
    private DocumentCirculation()
    {
        CirculatedBy = null!;
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public Guid VersionId { get; private set; }

    public int VersionNumber { get; private set; }

    /// <summary>The staff roles it went to, comma-separated (empty for none).</summary>
    public string Roles { get; private set; } = string.Empty;

    /// <summary>The departments it went to, comma-separated ids (empty for none).</summary>
    public string Departments { get; private set; } = string.Empty;

    /// <summary>The member segment it went to, as JSON; null for none.</summary>
    public string? Segment { get; private set; }

    public string CirculatedBy { get; private set; }

    public DateTimeOffset CirculatedAt { get; private set; }

    /// <summary>When those who have not acknowledged are reminded.</summary>
    public DateTimeOffset RemindAt { get; private set; }

    public static DocumentCirculation Of(DocumentVersion version, IEnumerable<string> roles, IEnumerable<Guid> departments, string? segment, string actor,
        DateTimeOffset now, TimeSpan remindAfter) => new()
    {
        Id = Guid.CreateVersion7(),
        DocumentId = version.DocumentId,
        VersionId = version.Id,
        VersionNumber = version.Number,
        Roles = string.Join(',', roles),
        Departments = string.Join(',', departments),
        Segment = segment,
        CirculatedBy = actor,
        CirculatedAt = now,
        RemindAt = now + remindAfter,
    };
}

/// <summary>One person a circulation went to: a staff user or a member; acknowledged or not, reminded or not.</summary>
public sealed class CirculationRecipient
{
    private CirculationRecipient()
    {
        Name = null!;
    }

    public Guid Id { get; private set; }

    public Guid CirculationId { get; private set; }

    /// <summary>The staff user; null for a member.</summary>
    public string? UserId { get; private set; }

    /// <summary>The member; null for a staff user.</summary>
    public Guid? MemberId { get; private set; }

    /// <summary>The name at the time of circulating, for the read/not-read list.</summary>
    public string Name { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    public static CirculationRecipient Staff(Guid circulationId, string userId, string name) =>
        new() { Id = Guid.CreateVersion7(), CirculationId = circulationId, UserId = userId, Name = name };

    public static CirculationRecipient Member(Guid circulationId, Guid memberId, string name) =>
        new() { Id = Guid.CreateVersion7(), CirculationId = circulationId, MemberId = memberId, Name = name };

    /// <summary>Records the reading; a second acknowledgement keeps the first time.</summary>
    public void Acknowledge(DateTimeOffset now) => AcknowledgedAt ??= now;

    public void MarkReminded(DateTimeOffset now) => RemindedAt ??= now;
}
