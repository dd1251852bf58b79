using System.ComponentModel.DataAnnotations;

namespace DomatAljandal.Host.Features.Operations;

/// <summary>When the backlog counts as behind, and who may scrape the metrics (section <c>Operations</c>).</summary>
public sealed class OperationsOptions
{
    public const string SectionName = "Operations";

    /// <summary><c>/health</c> turns Degraded when a due timer has waited longer than this to fire.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan TimerLagThreshold { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary><c>/health</c> turns Degraded when a due email or SMS has waited longer than this to be sent.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "7.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan OutboxAgeThreshold { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long the backlog figures (gauges and the health check) are reused before the database is asked again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan SnapshotMaxAge { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// When set, a scraper may read <c>/metrics</c> with the header <c>X-Scrape-Key</c> carrying this value; without it
    /// only a signed-in admin or manager may. Keep it secret (environment variable <c>Operations__ScrapeKey</c>).
    /// </summary>
    public string? ScrapeKey { get; set; }
}
