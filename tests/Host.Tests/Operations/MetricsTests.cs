using System.Net;
using DomatAljandal.Host.Features.Operations;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Infrastructure;
using DomatAljandal.Workflows.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DomatAljandal.Host.Tests.Operations;

/// <summary>
/// Runs alone: OpenTelemetry listens to meters by name across the process, so another test's host running at the same time
/// would report its own gauges into this host's <c>/metrics</c>.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsTestGroup
{
    public const string Name = "Metrics (alone in the process)";
}

/// <summary><c>/metrics</c> (Prometheus text) and the <c>backlog</c> health check, around a committee deadline that fires late.</summary>
[Collection(MetricsTestGroup.Name)]
public class MetricsTests
{
    private const string ScrapeKey = "scrape-key-for-tests";

    [Fact]
    public async Task The_metrics_endpoint_exposes_the_timer_lag_and_health_turns_degraded_while_timers_fall_behind()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new CasesAppFactory(database, new Dictionary<string, string?>
        {
            ["Cases:AttachmentsFolder"] = Path.Combine(Path.GetTempPath(), "domat-tests", "attachments-" + Guid.NewGuid().ToString("N")),
            ["Operations:ScrapeKey"] = ScrapeKey,
        });
        using var desk = await CaseDesk.OpenAsync(app);
        await desk.CaseAtCommitteeAsync();
        using var anonymous = app.CreateClient();
        Assert.Equal("Healthy", await Health(anonymous));

        app.Clock.Advance(TimeSpan.FromDays(15)); // the committee's deadline passed days ago and no timer ran
        Assert.Equal("Degraded", await Health(anonymous));
        Assert.Contains("a due timer has waited", await BacklogReason(app), StringComparison.Ordinal);

        using (var scope = app.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ITimerDispatcher>().RunDueTimersOnceAsync(CancellationToken.None) >= 1);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(1)); // past the cached backlog figures
        // Email is not configured in tests, so the outbox still waits; the timers have caught up.
        Assert.DoesNotContain("timer", await BacklogReason(app), StringComparison.Ordinal);

        await desk.SignInAgainAsync();
        var metrics = await desk.Manager.GetStringAsync(OperationsServiceCollectionExtensions.MetricsPath);
        Assert.Matches(@"(?m)^workflow_timer_lag_seconds_count\{[^}]*kind=""Deadline""[^}]*\} [1-9]", metrics);
        var lag = Assert.Single(Lines(metrics, "workflow_timer_lag_seconds_sum{"), l => l.Contains("kind=\"Deadline\"", StringComparison.Ordinal));
        Assert.True(Value(lag) >= TimeSpan.FromDays(1).TotalSeconds, lag); // fired days after it was due
        Assert.Contains(Lines(metrics, "domat_tasks_breached"), l => Value(l) >= 1);
        Assert.Contains(Lines(metrics, "domat_tasks_open"), l => Value(l) >= 1);
        Assert.NotEmpty(Lines(metrics, "http_server_request_duration_seconds_bucket{"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(OperationsServiceCollectionExtensions.MetricsPath)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync(OperationsServiceCollectionExtensions.MetricsPath)).StatusCode);
        using var scrape = new HttpRequestMessage(HttpMethod.Get, OperationsServiceCollectionExtensions.MetricsPath);
        scrape.Headers.Add(OperationsServiceCollectionExtensions.ScrapeKeyHeader, ScrapeKey);
        var scraped = await anonymous.SendAsync(scrape);
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("workflow_timer_lag_seconds_bucket", await scraped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> Health(HttpClient client)
    {
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // Degraded still serves
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> BacklogReason(CasesAppFactory app)
    {
        var report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "backlog");
        return report.Entries["backlog"].Description ?? string.Empty;
    }

    private static IEnumerable<string> Lines(string metrics, string prefix) =>
        metrics.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal));

    private static double Value(string line) =>
        double.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
}
