using System.Security.Cryptography;
using System.Text;
using DomatAljandal.Host.Identity;
using DomatAljandal.Workflows.Scheduling;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace DomatAljandal.Host.Features.Operations;

public static class OperationsServiceCollectionExtensions
{
    public const string MetricsPath = "/metrics";
    public const string ScrapeKeyHeader = "X-Scrape-Key";

    /// <summary>
    /// OpenTelemetry metrics in Prometheus format: ASP.NET Core's request durations, the engine's timer lag and the
    /// backlog gauges; and the <c>backlog</c> health check.
    /// </summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OperationsOptions>().Bind(configuration.GetSection(OperationsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BacklogSnapshots>();
        services.AddSingleton<OperationsMetrics>();
        services.AddHealthChecks().AddCheck<BacklogHealthCheck>("backlog");
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", WorkflowMetrics.MeterName, OperationsMetrics.MeterName)
            .AddPrometheusExporter());
        return services;
    }

    /// <summary><c>GET /metrics</c> for a signed-in admin or manager, or a scraper holding the configured key.</summary>
    public static WebApplication MapOperationsEndpoints(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<OperationsMetrics>(); // its gauges exist from the start
        var options = app.Services.GetRequiredService<IOptionsMonitor<OperationsOptions>>();
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(policy => policy.RequireAssertion(context =>
            context.User.IsInRole(Roles.Admin) || context.User.IsInRole(Roles.Manager)
            || (context.Resource is HttpContext http && HoldsScrapeKey(http, options.CurrentValue.ScrapeKey))));
        return app;
    }

    private static bool HoldsScrapeKey(HttpContext http, string? key) =>
        !string.IsNullOrEmpty(key)
        && http.Request.Headers[ScrapeKeyHeader] is [{ } presented]
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(key));
}
