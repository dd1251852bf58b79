namespace DomatAljandal.Host.Features.Audit;

/// <summary>One audited act on personal data: who did what to which record, when, and what changed.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public Guid Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string Actor { get; private set; } = string.Empty;

    public AuditAction Action { get; private set; }

    public string EntityType { get; private set; } = string.Empty;

    public string EntityId { get; private set; } = string.Empty;

    /// <summary>JSON: for updates <c>{"field": {"from": …, "to": …}}</c>; for reads, what was shown.</summary>
    public string? Details { get; private set; }

    public string? IpAddress { get; private set; }

    public static AuditEntry Create(DateTimeOffset at, string actor, AuditAction action, string entityType, string entityId, string? details, string? ip) => new()
    {
        Id = Guid.CreateVersion7(at),
        AtUtc = at.UtcDateTime,
        Actor = actor,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        Details = details,
        IpAddress = ip,
    };
}

public enum AuditAction
{
    Viewed,
    Created,
    Updated,
    Deleted,
    Exported,
}
