namespace DomatAljandal.Domain.Calendar;

/// <summary>The calendar a person entered a date in.</summary>
public enum DateEntry
{
    /// <summary>Umm al-Qura (e.g. 1 Shawwal 1448).</summary>
    Hijri = 1,

    /// <summary>Gregorian (e.g. 23 September 2026).</summary>
    Gregorian = 2,
}
