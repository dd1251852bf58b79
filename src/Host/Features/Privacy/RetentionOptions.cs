using System.ComponentModel.DataAnnotations;

namespace DomatAljandal.Host.Features.Privacy;

/// <summary>
/// How long each kind of record is kept after a member's erasure because a law or the society's bylaws require it
/// (section <c>Privacy:Retention</c>; admins set it per deployment). What is kept is anonymized; what has no period
/// here is deleted at once.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Privacy:Retention";

    /// <summary>Service cases (assistance decisions are accounted for): ten years by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "36500.00:00:00")]
    public TimeSpan Cases { get; set; } = TimeSpan.FromDays(3650);

    /// <summary>Letters issued on a case: kept with the case.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "36500.00:00:00")]
    public TimeSpan Letters { get; set; } = TimeSpan.FromDays(3650);

    /// <summary>The audit trail (who read or changed personal data): five years by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "36500.00:00:00")]
    public TimeSpan Audit { get; set; } = TimeSpan.FromDays(1825);

    /// <summary>Suggestions and complaints, for the satisfaction reports: two years by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "36500.00:00:00")]
    public TimeSpan Feedback { get; set; } = TimeSpan.FromDays(730);
}
