using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DomatAljandal.Host.Infrastructure;

/// <summary>
/// Puts in the OpenAPI document every refusal an operation can answer, as a typed result
/// (<c>Results&lt;Ok&lt;T&gt;, NotFound&lt;ProblemDetails&gt;, ValidationProblem, Conflict&lt;ProblemDetails&gt;&gt;</c>) would, with the
/// problem-details schema. The slices throw and <see cref="ProblemExceptionHandler"/> answers; what every endpoint of a kind
/// can answer is read off the endpoint here, in one place:
/// an id in the route — 404 (an unknown one); a body, a form or a query or route value to bind — 400; a body in another
/// content type — 415; signed in only — 401, and 403 (a role, a one-time password not yet replaced: <see cref="ActiveUserMiddleware"/>); throttled — 429.
/// What only the slice knows (a 409 for a record changed meanwhile, a state that forbids the step) it declares itself
/// with <see cref="Refuses{TBuilder}"/> or, for a whole group's writes, <see cref="WritesCanConflict{TBuilder}"/>.
/// </summary>
public static class DocumentedProblems
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    public static TBuilder DocumentProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(Document);
        return builder;
    }

    /// <summary>Refusals the slice throws that the shape of the endpoint does not tell (409, 403 inside the handler...).</summary>
    public static TBuilder Refuses<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata([.. statuses.Select(Problem)]);

    /// <summary>Every write of the group can meet a concurrent change of the same record (409); its reads cannot.</summary>
    public static TBuilder WritesCanConflict<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(ConflictOnWrite.Instance);

    private static void Document(EndpointBuilder endpoint)
    {
        if (endpoint is not RouteEndpointBuilder route || !(route.RoutePattern.RawText ?? string.Empty).StartsWith("/api", StringComparison.Ordinal))
        {
            return;
        }

        // A refusal goes out as problem details whatever the typed result said (a thrown error through ProblemExceptionHandler,
        // an empty 404 through the status code pages): the document says so too.
        foreach (var declared in endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Where(m => m.StatusCode >= 400).ToList())
        {
            endpoint.Metadata.Remove(declared);
            endpoint.Metadata.Add(Problem(declared.StatusCode));
        }

        var documented = endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
        void Add(int status)
        {
            if (documented.Add(status))
            {
                endpoint.Metadata.Add(Problem(status));
            }
        }

        var parameters = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault()?.GetParameters() ?? [];
        if (endpoint.Metadata.OfType<IAcceptsMetadata>().Any() || route.RoutePattern.Parameters.Count > 0 || parameters.Any(IsBoundFromRequest))
        {
            Add(StatusCodes.Status400BadRequest);
        }

        if (route.RoutePattern.Parameters.Count > 0)
        {
            Add(StatusCodes.Status404NotFound);
        }

        // A body of another content type than the endpoint accepts.
        if (endpoint.Metadata.OfType<IAcceptsMetadata>().Any())
        {
            Add(StatusCodes.Status415UnsupportedMediaType);
        }

        var anonymous = endpoint.Metadata.OfType<IAllowAnonymous>().Any();
        if (!anonymous && endpoint.Metadata.OfType<IAuthorizeData>().Any())
        {
            Add(StatusCodes.Status401Unauthorized);
            Add(StatusCodes.Status403Forbidden);
        }

        if (endpoint.Metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Add(StatusCodes.Status429TooManyRequests);
        }

        var method = endpoint.Metadata.OfType<IHttpMethodMetadata>().FirstOrDefault()?.HttpMethods ?? [];
        if (endpoint.Metadata.OfType<ConflictOnWrite>().Any() && !method.Any(m => HttpMethods.IsGet(m) || HttpMethods.IsHead(m)))
        {
            Add(StatusCodes.Status409Conflict);
        }
    }

    // A value the caller sends (query, route, form, a raw request read by the handler), not a service.
    private static bool IsBoundFromRequest(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type == typeof(HttpRequest) || type == typeof(IFormFile) || type == typeof(IFormCollection)
               || type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(decimal)
               || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly)
               || parameter.GetCustomAttributes().Any(a => a is IFromQueryMetadata or IFromRouteMetadata or IFromFormMetadata or IFromBodyMetadata)
               || (type != typeof(ClaimsPrincipal) && type != typeof(CancellationToken) && type != typeof(HttpContext)
                   && type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]) is not null);
    }

    // A 400 names the fields at fault (errors), as ValidationProblem does.
    public static ProducesResponseTypeMetadata Problem(int status) =>
        new(status, status == StatusCodes.Status400BadRequest ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails), ProblemJson);

    private sealed class ConflictOnWrite
    {
        public static readonly ConflictOnWrite Instance = new();
    }
}
