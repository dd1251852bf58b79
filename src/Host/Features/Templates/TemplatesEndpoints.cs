using System.Security.Claims;
using DomatAljandal.Host.Identity;
using MediatR;

namespace DomatAljandal.Host.Features.Templates;

/// <summary>The wording of notifications and letters over HTTP, for admins: list, read, reword, preview, reset.</summary>
public static class TemplatesEndpoints
{
    public static IEndpointRouteBuilder MapTemplatesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/templates").WithTags("Templates").RequireAuthorization(Policies.Admin);
        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListTemplates.Query(), ct)))
            .WithSummary("Every notification and letter template, with whether an admin reworded it.");
        group.MapGet("/{key}", async (string key, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetTemplate.Query(key), ct)))
            .WithSummary("A template's wording in force and its shipped wording, in Arabic and English, with its placeholders.");
        group.MapPut("/{key}", async (string key, SaveTemplate.Body body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SaveTemplate.Command(key, body, user.Identity?.Name ?? "admin"), ct)))
            .WithSummary("Rewords a template in both languages; letters already issued keep their wording.");
        group.MapDelete("/{key}", async (string key, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new SaveTemplate.Reset(key), ct)))
            .WithSummary("Gives a template back its shipped wording.");
        group.MapPost("/{key}/preview", async (string key, PreviewTemplate.Body body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PreviewTemplate.Command(key, body), ct)))
            .WithSummary("Fills a wording with sample values, as the member would read it.");
        return app;
    }
}
