namespace DomatAljandal.Domain.Dates;

/// <summary>A day in the Umm al-Qura calendar, as <see cref="DualDate.ToHijri"/> reads it in a time zone.</summary>
/// <param name="Year">The Hijri year, e.g. 1448.</param>
/// <param name="Month">1 (Muharram) to 12 (Dhu al-Hijjah).</param>
/// <param name="Day">1 to 30.</param>
public readonly record struct HijriDate(int Year, int Month, int Day)
{
    /// <summary>The month's name in "ar" or "en": «جمادى الآخرة» / "Jumada II".</summary>
    public string MonthName(string language) => DualDate.HijriMonthName(Month, language);
}
