using Serilog;

namespace DomatAljandal.Host.Infrastructure;

/// <summary>
/// Puts the ids a request is about (case, workflow instance, task, member) on every log line it writes,
/// so a case's story can be read from the logs with one filter (<c>CaseId = …</c>); the request's own
/// completion line (written further out, after the exception handler) gets them through the diagnostic context.
/// </summary>
public sealed class RouteLogScopeMiddleware(RequestDelegate next, ILogger<RouteLogScopeMiddleware> logger, IDiagnosticContext diagnostics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var values = context.Request.RouteValues;
        var path = context.Request.Path;
        var scope = new Dictionary<string, object>();
        Add(scope, "CaseId", values, "caseId", path.StartsWithSegments("/api/cases") || path.StartsWithSegments("/cases") ? "id" : null);
        Add(scope, "WorkflowInstanceId", values, "instanceId", null);
        Add(scope, "TaskId", values, "taskId", null);
        Add(scope, "MemberId", values, "memberId", path.StartsWithSegments("/api/members") ? "id" : null);
        foreach (var (property, value) in scope)
        {
            diagnostics.Set(property, value);
        }

        using (scope.Count > 0 ? logger.BeginScope(scope) : null)
        {
            await next(context);
        }
    }

    private static void Add(Dictionary<string, object> scope, string property, RouteValueDictionary values, string name, string? alias)
    {
        if (values.TryGetValue(name, out var value) || (alias is not null && values.TryGetValue(alias, out value)))
        {
            if (value is not null)
            {
                scope[property] = value;
            }
        }
    }
}
