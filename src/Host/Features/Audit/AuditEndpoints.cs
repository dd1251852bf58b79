using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Audit;

public static class AuditEndpoints
{
    public sealed record AuditEntryDto(Guid Id, DateTimeOffset At, string Actor, AuditAction Action, string EntityType, string EntityId, string? Details, string? IpAddress);

    /// <summary><c>GET /api/audit?entityType=Member&amp;entityId=…</c>: who read or changed a record (admins and managers).</summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async (string? entityType, string? entityId, int? take, AppDbContext db, CancellationToken ct) =>
        {
            var query = db.Set<AuditEntry>().AsNoTracking();
            if (!string.IsNullOrWhiteSpace(entityType))
            {
                query = query.Where(e => e.EntityType == entityType);
            }

            if (!string.IsNullOrWhiteSpace(entityId))
            {
                query = query.Where(e => e.EntityId == entityId);
            }

            if (take is < 1 or > 500)
            {
                throw Infrastructure.ProblemException.Validation("take", "عدد القيود بين 1 و500.", "take is between 1 and 500.");
            }

            var entries = await query.OrderByDescending(e => e.AtUtc).Take(take ?? 100).ToListAsync(ct);
            return TypedResults.Ok(entries.Select(e => new AuditEntryDto(
                e.Id, new DateTimeOffset(DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc)), e.Actor, e.Action, e.EntityType, e.EntityId, e.Details, e.IpAddress)));
        }).WithTags("Audit").RequireAuthorization(Policies.Managers);
        return app;
    }
}
