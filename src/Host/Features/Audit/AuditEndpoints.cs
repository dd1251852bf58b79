using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Infrastructure.Spreadsheets;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DomatAljandal.Host.Features.Audit;

public static class AuditEndpoints
{
    /// <summary>
    /// <c>GET /api/audit?entityType=Member&amp;entityId=…&amp;memberId=…&amp;actor=…&amp;from=…&amp;to=…&amp;page=1&amp;pageSize=50</c>:
    /// who read or changed a record (admins and managers); <c>format=xlsx</c> for every match as a workbook.
    /// </summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async Task<Results<Ok<Paged<ListAuditEntries.AuditEntryDto>>, XlsxFile, ValidationProblem>> (string? entityType,
                    string? entityId, Guid? memberId, string? actor, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, string? format,
                    IMediator mediator, CancellationToken ct) =>
                {
                    var query = new ListAuditEntries.Query(entityType, entityId, page, pageSize, actor, from, to, memberId);
                    return XlsxFile.Wanted(format)
                        ? new XlsxFile("audit", [await mediator.Send(new ListAuditEntries.Export(query), ct)])
                        : TypedResults.Ok(await mediator.Send(query, ct));
                })
            .WithTags("Audit").RequireAuthorization(Policies.Managers)
            .WithSummary("The audit trail, newest first (filters: entityType, entityId, memberId, actor, from, to); paged; ?format=xlsx for a workbook (audited).");
        return app;
    }
}
