using System.ComponentModel.DataAnnotations;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>Satisfaction surveys (section <c>Surveys</c>).</summary>
public sealed class SurveyOptions
{
    public const string SectionName = "Surveys";

    /// <summary>Days a survey stays open after its case closed. Default 28.</summary>
    [Range(1, 365)]
    public int OpenDays { get; set; } = 28;

    /// <summary>Days after it was sent that the one reminder goes, if still unanswered. Default 7.</summary>
    [Range(1, 364)]
    public int ReminderAfterDays { get; set; } = 7;

    /// <summary>Working days the department's manager has to follow up an unhappy answer. Default 2.</summary>
    [Range(1, 30)]
    public int FollowUpWorkingDays { get; set; } = 2;

    /// <summary>A breakdown with fewer answers than this is not shown (so no one answer can be singled out). Default 5.</summary>
    [Range(1, 100)]
    public int MinimumGroupSize { get; set; } = 5;

    /// <summary>Whether this node runs the sweep (tests run it themselves).</summary>
    public bool SweepEnabled { get; set; } = true;

    /// <summary>How often the sweep sends invitations and reminders and escalates overdue complaints.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);
}
