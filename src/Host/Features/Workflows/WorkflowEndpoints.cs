using System.Security.Claims;
using System.Text.Json.Nodes;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Localization;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Workflows;

/// <summary>
/// The engine over HTTP. Definitions are for admins; instances for staff; a resume is checked by the engine itself: a
/// task's role and claim, and a wait for an event (a member's signature or reply) is never resumed here, whatever the
/// role (403: only the case's own operation raises it). Every resume, cancel and incident retry or cancel is journaled
/// with who did it. Engine errors become problem details (Arabic and English) in <c>ProblemExceptionHandler</c>.
/// </summary>
public static class WorkflowEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var definitions = app.MapGroup("/api/workflows/definitions").WithTags("Workflow definitions").RequireAuthorization(Policies.Admin).WritesCanConflict();
        definitions.MapGet("/", async (IWorkflowDefinitionStore store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(ct)));
        definitions.MapPost("/", SaveDraftAsync).Accepts<JsonObject>("application/json");
        definitions.MapPost("/validate", ValidateAsync).Accepts<JsonObject>("application/json");
        definitions.MapGet("/{definitionId}/versions", async Task<Results<Ok<IReadOnlyList<DefinitionVersionInfo>>, NotFound>> (
            string definitionId, IWorkflowDefinitionStore store, CancellationToken ct) =>
            await store.GetVersionsAsync(definitionId, ct) is { Count: > 0 } versions ? TypedResults.Ok(versions) : TypedResults.NotFound());
        definitions.MapGet("/{definitionId}/versions/{version:int}", async Task<Results<ContentHttpResult, NotFound>> (
            string definitionId, int version, IWorkflowDefinitionStore store, CancellationToken ct) =>
            await store.GetJsonAsync(definitionId, version, ct) is { } json
                ? TypedResults.Content(json, "application/json")
                : TypedResults.NotFound());
        definitions.MapPost("/{definitionId}/versions/{version:int}/publish", async (string definitionId, int version, IWorkflowDefinitionStore store, CancellationToken ct) =>
            TypedResults.Ok(await store.PublishAsync(definitionId, version, ct)));
        definitions.MapPost("/{definitionId}/versions/{version:int}/retire", async (string definitionId, int version, IWorkflowDefinitionStore store, CancellationToken ct) =>
            TypedResults.Ok(await store.RetireAsync(definitionId, version, ct)));

        var instances = app.MapGroup("/api/workflows/instances").WithTags("Workflow instances").RequireAuthorization(Policies.Staff).WritesCanConflict();
        instances.MapPost("/", async Task<Created<WorkflowInstanceSnapshot>> (StartInstanceRequest request, IWorkflowRuntime runtime, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var snapshot = await runtime.StartAsync(request.DefinitionId, request.Input, user.ToWorkflowActor(), ct);
            return TypedResults.Created($"/api/workflows/instances/{snapshot.InstanceId}", snapshot);
        }).Refuses(StatusCodes.Status404NotFound); // no published definition by that id
        instances.MapGet("/{instanceId:guid}", async Task<Results<Ok<InstanceResponse>, NotFound>> (Guid instanceId, IWorkflowRuntime runtime, CancellationToken ct) =>
            await runtime.GetAsync(instanceId, ct) is { } details ? TypedResults.Ok(InstanceResponse.From(details)) : TypedResults.NotFound());
        instances.MapPost("/{instanceId:guid}/bookmarks/{bookmarkId:guid}/resume", async (
            Guid instanceId, Guid bookmarkId, ResumeRequest request, IWorkflowRuntime runtime, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await runtime.ResumeAsync(instanceId, bookmarkId, request.Outcome, request.Data, user.ToWorkflowActor(), ct)))
            .RequireAuthorization();
        instances.MapPost("/{instanceId:guid}/cancel", async (Guid instanceId, CancelRequest? request, IWorkflowRuntime runtime, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await runtime.CancelAsync(instanceId, user.ToWorkflowActor(), request?.Reason, ct)))
            .RequireAuthorization(Policies.Admin);

        var incidents = app.MapGroup("/api/workflows/incidents").WithTags("Workflow incidents").RequireAuthorization(Policies.Admin);
        incidents.MapGet("/", async (IncidentStatus? status, IIncidentService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(status, ct)));
        incidents.MapPost("/{incidentId:guid}/retry", async (Guid incidentId, IIncidentService service, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await service.RetryAsync(incidentId, user.ToWorkflowActor(), ct)));
        incidents.MapPost("/{incidentId:guid}/cancel", async (Guid incidentId, IIncidentService service, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await service.CancelAsync(incidentId, user.ToWorkflowActor(), ct)));
        return app;
    }

    public sealed record StartInstanceRequest(string DefinitionId, JsonObject? Input);

    public sealed record ResumeRequest(string Outcome, JsonObject? Data);

    public sealed record CancelRequest(string? Reason);

    /// <summary>A saved draft; <c>warnings</c> lists the values the service does not know (publishing refuses them).</summary>
    public sealed record SavedDefinition(string DefinitionId, int Version, DefinitionStatus Status, IReadOnlyList<DefinitionProblem> Warnings);

    /// <summary>Whether a definition would save; <c>warnings</c> (values the service does not know) would stop its publishing.</summary>
    public sealed record ValidationResult(bool Valid, IReadOnlyList<DefinitionProblem> Errors, IReadOnlyList<DefinitionProblem> Warnings);

    /// <summary>
    /// One problem of a definition as the API answers it: the JSON path, a stable code, the message in the caller's
    /// language (Arabic unless they switched to English) and both texts.
    /// </summary>
    public sealed record DefinitionProblem(string Path, string Code, string Message, string MessageAr, string MessageEn)
    {
        public static DefinitionProblem From(DefinitionValidationError error) =>
            new(error.Path, error.Code, error.MessageIn(Loc.Language), error.MessageAr, error.Message);

        public static IReadOnlyList<DefinitionProblem> From(IEnumerable<DefinitionValidationError>? errors) =>
            errors?.Select(From).ToList() ?? [];
    }

    /// <summary>An instance with what it waits for, its variables, its journal and its stages (current and visited).</summary>
    public sealed record InstanceResponse(
        Guid InstanceId, string DefinitionId, int Version, WorkflowStatus Status, string? Result,
        IReadOnlyList<BookmarkInfo> Bookmarks, JsonObject Variables, IReadOnlyList<JournalEntryInfo> Journal,
        IReadOnlyList<IncidentInfo> Incidents, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? CurrentStage,
        IReadOnlyList<StageProgress> Stages)
    {
        public static InstanceResponse From(WorkflowInstanceDetails d) => new(
            d.Instance.InstanceId, d.Instance.DefinitionId, d.Instance.Version, d.Instance.Status, d.Instance.Result,
            d.Instance.Bookmarks, d.Instance.Variables, d.Journal, d.Incidents, d.CreatedAt, d.UpdatedAt, d.Instance.CurrentStage, d.Stages);
    }

    private static async Task<Created<SavedDefinition>> SaveDraftAsync(HttpRequest request, IWorkflowDefinitionStore store, CancellationToken ct)
    {
        var saved = await store.SaveDraftAsync(await ReadBodyAsync(request, ct), ct);
        return TypedResults.Created(
            $"/api/workflows/definitions/{saved.DefinitionId}/versions/{saved.Version}",
            new SavedDefinition(saved.DefinitionId, saved.Version, saved.Status, DefinitionProblem.From(saved.Warnings)));
    }

    private static async Task<Ok<ValidationResult>> ValidateAsync(
        HttpRequest request, WorkflowDefinitionValidator validator, IWorkflowCatalog catalog, CancellationToken ct)
    {
        var (definition, malformed) = WorkflowJson.Parse(await ReadBodyAsync(request, ct));
        var errors = malformed is not null ? [malformed] : validator.Validate(definition!);
        var warnings = errors.Count == 0 ? validator.CheckCatalog(definition!, catalog) : [];
        return TypedResults.Ok(new ValidationResult(errors.Count == 0, DefinitionProblem.From(errors), DefinitionProblem.From(warnings)));
    }

    private const int MaxDefinitionBytes = 1024 * 1024;

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxDefinitionBytes)
        {
            throw new BadHttpRequestException("A workflow definition is limited to 1 MB.", StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(ct);
    }
}
