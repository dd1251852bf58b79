using DomatAljandal.Host.Identity;
using MediatR;

namespace DomatAljandal.Host.Features.Audit;

public static class AuditEndpoints
{
    /// <summary><c>GET /api/audit?entityType=Member&amp;entityId=…&amp;page=1&amp;pageSize=50</c>: who read or changed a record (admins and managers).</summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async (string? entityType, string? entityId, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAuditEntries.Query(entityType, entityId, page, pageSize), ct)))
            .WithTags("Audit").RequireAuthorization(Policies.Managers)
            .WithSummary("The audit trail, newest first (filters: entityType, entityId); paged.");
        return app;
    }
}
