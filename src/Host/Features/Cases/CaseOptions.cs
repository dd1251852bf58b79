using System.ComponentModel.DataAnnotations;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>Settings of case handling (section <c>Cases</c>).</summary>
public sealed class CaseOptions
{
    public const string SectionName = "Cases";

    /// <summary>
    /// Where attachment files are kept; relative paths are under the content root. Empty: <c>{Database:DataFolder}/attachments</c>.
    /// </summary>
    public string? AttachmentsFolder { get; set; }

    /// <summary>An open task due within this window is "due soon" in the inbox and the SLA view. Default one day.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan DueSoonWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Where staff open a case in the UI; used in links of staff emails (e.g. <c>https://domat.example</c>). Empty: relative links.</summary>
    public string? PublicBaseUrl { get; set; }
}
