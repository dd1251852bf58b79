using System.ComponentModel.DataAnnotations;

namespace DomatAljandal.Host.Features.Feedback;

/// <summary>Suggestions and complaints (section <c>Feedback</c>).</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "Feedback";

    /// <summary>Working days to answer a suggestion or complaint before it is escalated to the managers. Default 5.</summary>
    [Range(1, 60)]
    public int AnswerWorkingDays { get; set; } = 5;
}
