using System.Globalization;
using DomatAljandal.Domain.Text;

namespace DomatAljandal.Domain.Dates;

/// <summary>
/// The one way to show a date: Hijri (Umm al-Qura, the Kingdom's official calendar) first, Gregorian beside it,
/// in the society's time zone (Arabia Standard Time, UTC+3, no daylight saving).
/// <list type="bullet">
/// <item>Arabic: <c>١٦ جمادى الآخرة ١٤٤٨ هـ (٢٦ نوفمبر ٢٠٢٦ م)</c> — one digit style, Arabic-Indic, for both calendars
/// and the time, as every number on an Arabic page and letter.</item>
/// <item>English: <c>16 Jumada II 1448 AH (26 November 2026)</c>.</item>
/// </list>
/// The time, when asked for, is 24-hour <c>HH:mm</c> (so «م» never means both «ميلادي» and «مساءً»).
/// Names are written here rather than read from ICU so the output is the same on every machine, including
/// containers that run without ICU.
/// </summary>
public static class DualDate
{
    private static readonly UmAlQuraCalendar UmAlQura = new();

    private static readonly string[] HijriMonthsAr =
    [
        "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
        "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
    ];

    private static readonly string[] HijriMonthsEn =
    [
        "Muharram", "Safar", "Rabi' I", "Rabi' II", "Jumada I", "Jumada II",
        "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qi'dah", "Dhu al-Hijjah",
    ];

    private static readonly string[] GregorianMonthsAr =
    [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ];

    private static readonly string[] GregorianMonthsEn =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Arabia Standard Time ("Asia/Riyadh"); a fixed UTC+3 zone when the host has no time-zone data.</summary>
    public static TimeZoneInfo Riyadh { get; } = ResolveRiyadh(TimeZoneInfo.FindSystemTimeZoneById);

    /// <summary>
    /// <paramref name="instant"/> as a Hijri date with the Gregorian beside it, in "ar" or "en",
    /// read in <paramref name="zone"/> (default <see cref="Riyadh"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The language is neither Arabic nor English.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the Umm al-Qura tables (1900-04-30 to 2077-11-16).</exception>
    public static string Format(DateTimeOffset instant, string language, bool withTime = false, TimeZoneInfo? zone = null)
    {
        var arabic = DisplayLanguage.IsArabic(language);
        var local = LocalDateTime(instant, zone);
        var hijri = HijriOf(local);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);

        if (arabic)
        {
            var text = FormattableString.Invariant(
                $"{hijri.Day} {HijriMonthsAr[hijri.Month - 1]} {hijri.Year} هـ ({local.Day} {GregorianMonthsAr[local.Month - 1]} {local.Year} م)");
            return ArabicText.ToArabicIndicDigits(withTime ? $"{text} الساعة {time}" : text);
        }
        else
        {
            var text = FormattableString.Invariant(
                $"{hijri.Day} {HijriMonthsEn[hijri.Month - 1]} {hijri.Year} AH ({local.Day} {GregorianMonthsEn[local.Month - 1]} {local.Year})");
            return withTime ? $"{text}, {time}" : text;
        }
    }

    /// <summary>The Umm al-Qura date of <paramref name="instant"/> in <paramref name="zone"/> (default <see cref="Riyadh"/>).</summary>
    public static HijriDate ToHijri(DateTimeOffset instant, TimeZoneInfo? zone = null) =>
        HijriOf(LocalDateTime(instant, zone));

    /// <summary>The Hijri year in Riyadh (or <paramref name="zone"/>); the year in case references such as DJ-1448-000042.</summary>
    public static int HijriYear(DateTimeOffset instant, TimeZoneInfo? zone = null) => ToHijri(instant, zone).Year;

    /// <summary>The name of Hijri month 1–12 in "ar" or "en".</summary>
    public static string HijriMonthName(int month, string language)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return DisplayLanguage.IsArabic(language) ? HijriMonthsAr[month - 1] : HijriMonthsEn[month - 1];
    }

    internal static TimeZoneInfo ResolveRiyadh(Func<string, TimeZoneInfo> find)
    {
        foreach (var id in new[] { "Asia/Riyadh", "Arab Standard Time" })
        {
            try
            {
                return find(id);
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                // Try the next id, then the fixed offset: Saudi Arabia has kept UTC+3 without daylight saving.
            }
        }

        return TimeZoneInfo.CreateCustomTimeZone("Asia/Riyadh", TimeSpan.FromHours(3), "Arabia Standard Time", "Arabia Standard Time");
    }

    private static DateTime LocalDateTime(DateTimeOffset instant, TimeZoneInfo? zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone ?? Riyadh).DateTime;
        if (local < UmAlQura.MinSupportedDateTime || local > UmAlQura.MaxSupportedDateTime)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant,
                $"The Umm al-Qura calendar covers {UmAlQura.MinSupportedDateTime:yyyy-MM-dd} to {UmAlQura.MaxSupportedDateTime:yyyy-MM-dd} only.");
        }

        return local;
    }

    private static HijriDate HijriOf(DateTime local) =>
        new(UmAlQura.GetYear(local), UmAlQura.GetMonth(local), UmAlQura.GetDayOfMonth(local));
}
