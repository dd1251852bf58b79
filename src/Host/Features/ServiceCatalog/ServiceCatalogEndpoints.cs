using DomatAljandal.Host.Identity;
using MediatR;
using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.ServiceCatalog;

/// <summary>The service catalog over HTTP: staff read it; admins add and change services.</summary>
public static class ServiceCatalogEndpoints
{
    public static IEndpointRouteBuilder MapServiceCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/service-types").WithTags("Service catalog").RequireAuthorization(Policies.Staff).WritesCanConflict();
        group.MapGet("/", async (bool? includeInactive, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListServiceTypes.Query(includeInactive ?? false), ct)))
            .WithSummary("The catalog: each service with its checklist (fields and documents) and its workflow.");
        group.MapPost("/", async (SaveServiceType.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var saved = await mediator.Send(new SaveServiceType.Command(null, body), ct);
                return TypedResults.Created($"/api/service-types/{saved.Code}", saved);
            })
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Adds a service type (admins).");
        group.MapPut("/{code}", async (string code, SaveServiceType.Body body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SaveServiceType.Command(code, body), ct)))
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Changes a service type (admins): names, checklist (replaced whole), workflow, active.");
        return app;
    }
}
