using System.Globalization;

namespace DomatAljandal.Domain.Calendar;

/// <summary>
/// A day or run of days the society is closed (Eid al-Fitr, Eid al-Adha, National Day, Founding Day), for one year.
/// Admins enter it in Hijri or Gregorian; it is kept as its first Gregorian day and its length, with the calendar it was
/// entered in so it is shown back the way it was entered. Deadlines counted in working days skip it.
/// </summary>
public sealed class Holiday
{
    public const int MaxNameLength = 200;
    public const int MaxDays = 30;

    private static readonly UmAlQuraCalendar UmAlQura = new();

    private Holiday(string nameAr, string? nameEn, DateOnly firstDay, int days, DateEntry enteredIn)
    {
        Id = Guid.CreateVersion7();
        NameAr = nameAr;
        NameEn = nameEn;
        FirstDay = firstDay;
        Days = days;
        EnteredIn = enteredIn;
    }

    private Holiday()
    {
        NameAr = null!;
    }

    public Guid Id { get; private set; }

    public string NameAr { get; private set; }

    public string? NameEn { get; private set; }

    /// <summary>The first day off (Gregorian, in the society's time zone).</summary>
    public DateOnly FirstDay { get; private set; }

    /// <summary>How many consecutive days, from 1.</summary>
    public int Days { get; private set; }

    public DateEntry EnteredIn { get; private set; }

    /// <summary>The last day off.</summary>
    public DateOnly LastDay => FirstDay.AddDays(Days - 1);

    /// <summary>Whether <paramref name="day"/> is one of the holiday's days.</summary>
    public bool Covers(DateOnly day) => day >= FirstDay && day <= LastDay;

    /// <summary>A holiday from a date in <paramref name="enteredIn"/> (year, month, day) lasting <paramref name="days"/> days.</summary>
    /// <exception cref="DomainRuleException">A blank name, a date that does not exist in that calendar, or a length out of 1–30.</exception>
    public static Holiday Create(string? nameAr, string? nameEn, DateEntry enteredIn, int year, int month, int day, int days)
    {
        var ar = Require.Text(nameAr, MaxNameLength, "nameAr", "اسم العطلة", "The holiday's name");
        var en = Require.OptionalText(nameEn, MaxNameLength, "nameEn", "الاسم الإنجليزي", "The English name");
        Require.Defined(enteredIn, "calendar", "التقويم", "The calendar");
        if (days is < 1 or > MaxDays)
        {
            throw new DomainRuleException("days", $"عدد الأيام من 1 إلى {MaxDays}.", $"The number of days is 1 to {MaxDays}.");
        }

        return new Holiday(ar, en, FirstDayOf(enteredIn, year, month, day), days, enteredIn);
    }

    private static DateOnly FirstDayOf(DateEntry enteredIn, int year, int month, int day)
    {
        try
        {
            return enteredIn == DateEntry.Hijri
                ? DateOnly.FromDateTime(UmAlQura.ToDateTime(year, month, day, 0, 0, 0, 0))
                : new DateOnly(year, month, day);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw enteredIn == DateEntry.Hijri
                ? new DomainRuleException("date", $"التاريخ {day}/{month}/{year} هـ غير موجود في تقويم أم القرى.",
                    $"{day}/{month}/{year} AH is not a date of the Umm al-Qura calendar.")
                : new DomainRuleException("date", $"التاريخ {day}/{month}/{year} م غير صحيح.", $"{day}/{month}/{year} is not a date.");
        }
    }
}
