using System.ComponentModel.DataAnnotations;
using DomatAljandal.Domain.Calendar;

namespace DomatAljandal.Host.Features.Calendar;

/// <summary>The society's calendar (section <c>Calendar</c>): its work week; holidays are data admins maintain.</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>The working days of the week. Default Sunday to Thursday.</summary>
    [MinLength(1)]
    public List<DayOfWeek> WorkingDays { get; set; } = [.. WorkWeek.SundayToThursday];
}
