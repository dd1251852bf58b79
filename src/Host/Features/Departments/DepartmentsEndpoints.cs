using DomatAljandal.Host.Identity;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DomatAljandal.Host.Features.Departments;

/// <summary>The society's departments under <c>/api/departments</c>: staff read them; admins add and change them.</summary>
public static class DepartmentsEndpoints
{
    public static IEndpointRouteBuilder MapDepartmentsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/departments").WithTags("Departments").RequireAuthorization(Policies.Staff);
        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ManageDepartments.List(), ct)))
            .WithSummary("Every department with its staff, the service types and the procedure stages it handles.");
        group.MapGet("/{id:guid}", async Task<Results<Ok<ManageDepartments.DepartmentDto>, NotFound>> (Guid id, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new ManageDepartments.Get(id), ct) is { } department ? TypedResults.Ok(department) : TypedResults.NotFound());
        group.MapGet("/stages", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ManageDepartments.ListStages(), ct)))
            .RequireAuthorization(Policies.Admin)
            .WithSummary("The stages of every published procedure, which a department can be given.");
        group.MapPost("/", async (ManageDepartments.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var saved = await mediator.Send(new ManageDepartments.Save(null, body), ct);
                return TypedResults.Created($"/api/departments/{saved.Id}", saved);
            })
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Adds a department (admins): code, names, and optionally its staff, service types and stages.");
        group.MapPut("/{id:guid}", async (Guid id, ManageDepartments.Body body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ManageDepartments.Save(id, body), ct)))
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Changes a department (admins): names, active, and the lists given (each replaces the current one).");
        return app;
    }
}
