using System.Text.Json;
using DomatAljandal.Host.Persistence;

namespace DomatAljandal.Host.Features.Audit;

/// <summary>
/// Records who read or changed personal data. Entries are added to the caller's unit of work, so a change and its
/// audit entry commit together (and a failed change leaves no entry claiming it happened).
/// </summary>
public sealed class AuditTrail(AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(AuditAction action, string entityType, string entityId, object? details = null)
    {
        var context = http.HttpContext;
        db.Set<AuditEntry>().Add(AuditEntry.Create(
            clock.GetUtcNow(),
            context?.User.Identity?.Name ?? "system",
            action,
            entityType,
            entityId,
            details is null ? null : JsonSerializer.Serialize(details, JsonSerializerOptions.Web),
            context?.Connection.RemoteIpAddress?.ToString()));
    }

    /// <summary>Records a read and saves it at once: a read has no other unit of work to join.</summary>
    public async Task RecordViewAsync(string entityType, string entityId, CancellationToken cancellationToken)
    {
        Record(AuditAction.Viewed, entityType, entityId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The field-by-field difference of two snapshots, for an <see cref="AuditAction.Updated"/> entry.</summary>
    public static Dictionary<string, object?> Changes(IReadOnlyDictionary<string, object?> before, IReadOnlyDictionary<string, object?> after) =>
        after.Where(a => !before.TryGetValue(a.Key, out var old) || !Equals(old?.ToString(), a.Value?.ToString()))
            .ToDictionary(a => a.Key, a => (object?)new { from = before.GetValueOrDefault(a.Key), to = a.Value });
}
