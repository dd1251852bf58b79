using System.ComponentModel.DataAnnotations;

namespace DomatAljandal.Host.Features.Outreach;

/// <summary>The <c>Outreach</c> section: how often scheduled announcements and reminders are looked for.</summary>
public sealed class OutreachOptions
{
    public const string SectionName = "Outreach";

    /// <summary>Off in tests that run <see cref="OutreachDueWork"/> themselves on a fake clock.</summary>
    public bool EnableSweep { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);
}
