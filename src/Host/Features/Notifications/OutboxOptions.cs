using System.ComponentModel.DataAnnotations;

namespace DomatAljandal.Host.Features.Notifications;

/// <summary>How the background sender works through the outbox (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>False stops the background sender on this node (another node, or a test, sends instead).</summary>
    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    /// <summary>After this many failed attempts a message is dead: kept with its last error, no longer tried.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failure; it doubles with each further failure up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a batch holds its messages without renewal. The sender renews the claim every third of it while
    /// the batch is sending, so it can be short: when a process dies, another takes its messages over one claim
    /// length (plus at most one <see cref="PollInterval"/>) later, each still with its stable Message-Id.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:03", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromSeconds(30);
}
