using System.Globalization;
using DomatAljandal.Domain.Dates;

namespace DomatAljandal.Domain.Tests.Dates;

public class DualDateTests
{
    private static readonly TimeSpan Riyadh = TimeSpan.FromHours(3);

    private static DateTimeOffset NoonInRiyadh(int year, int month, int day) => new(year, month, day, 12, 0, 0, Riyadh);

    // Dates Saudis know, checked against the Umm al-Qura calendar.
    [Theory]
    [InlineData(2025, 3, 1, 1446, 9, 1)]     // 1 Ramadan 1446
    [InlineData(2025, 6, 26, 1447, 1, 1)]    // 1 Muharram 1447, Hijri new year
    [InlineData(2025, 9, 23, 1447, 4, 1)]    // National Day 2025
    [InlineData(2026, 2, 18, 1447, 9, 1)]    // 1 Ramadan 1447
    [InlineData(2026, 3, 20, 1447, 10, 1)]   // Eid al-Fitr 1447
    [InlineData(2026, 5, 27, 1447, 12, 10)]  // Eid al-Adha 1447
    [InlineData(2026, 11, 26, 1448, 6, 16)]  // 16 Jumada II 1448
    public void Gregorian_days_map_to_their_umm_al_qura_dates(int gy, int gm, int gd, int hy, int hm, int hd)
    {
        Assert.Equal(new HijriDate(hy, hm, hd), DualDate.ToHijri(NoonInRiyadh(gy, gm, gd)));

        var calendar = new UmAlQuraCalendar();
        var gregorian = new DateTime(gy, gm, gd, 0, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal((hy, hm, hd), (calendar.GetYear(gregorian), calendar.GetMonth(gregorian), calendar.GetDayOfMonth(gregorian)));
    }

    [Fact]
    public void Arabic_shows_both_calendars_in_arabic_indic_digits() =>
        Assert.Equal("١٦ جمادى الآخرة ١٤٤٨ هـ (٢٦ نوفمبر ٢٠٢٦ م)", DualDate.Format(NoonInRiyadh(2026, 11, 26), "ar"));

    [Fact]
    public void English_shows_the_hijri_month_in_english_with_the_gregorian_beside() =>
        Assert.Equal("16 Jumada II 1448 AH (26 November 2026)", DualDate.Format(NoonInRiyadh(2026, 11, 26), "en"));

    [Fact]
    public void Ramadan_and_eid_read_correctly_in_both_languages()
    {
        Assert.Equal("١ رمضان ١٤٤٧ هـ (١٨ فبراير ٢٠٢٦ م)", DualDate.Format(NoonInRiyadh(2026, 2, 18), "ar"));
        Assert.Equal("1 Ramadan 1447 AH (18 February 2026)", DualDate.Format(NoonInRiyadh(2026, 2, 18), "en"));
        Assert.Equal("10 Dhu al-Hijjah 1447 AH (27 May 2026)", DualDate.Format(NoonInRiyadh(2026, 5, 27), "en"));
        Assert.Equal("١٠ ذو الحجة ١٤٤٧ هـ (٢٧ مايو ٢٠٢٦ م)", DualDate.Format(NoonInRiyadh(2026, 5, 27), "ar"));
    }

    [Fact]
    public void With_time_the_riyadh_time_follows_in_24_hours()
    {
        var instant = new DateTimeOffset(2026, 11, 26, 11, 5, 0, TimeSpan.Zero);
        Assert.Equal("١٦ جمادى الآخرة ١٤٤٨ هـ (٢٦ نوفمبر ٢٠٢٦ م) الساعة ١٤:٠٥", DualDate.Format(instant, "ar", withTime: true));
        Assert.Equal("16 Jumada II 1448 AH (26 November 2026), 14:05", DualDate.Format(instant, "en", withTime: true));
    }

    [Fact]
    public void Half_past_nine_at_night_utc_is_already_the_next_day_in_riyadh()
    {
        var instant = new DateTimeOffset(2026, 11, 26, 21, 30, 0, TimeSpan.Zero);

        Assert.Equal("17 Jumada II 1448 AH (27 November 2026), 00:30", DualDate.Format(instant, "en", withTime: true));
        Assert.Equal(new HijriDate(1448, 6, 17), DualDate.ToHijri(instant));
        Assert.Equal("16 Jumada II 1448 AH (26 November 2026)", DualDate.Format(instant.AddHours(-1), "en"));
    }

    [Fact]
    public void Another_zone_can_be_asked_for() =>
        Assert.Equal("16 Jumada II 1448 AH (26 November 2026), 21:30",
            DualDate.Format(new DateTimeOffset(2026, 11, 26, 21, 30, 0, TimeSpan.Zero), "en", withTime: true, TimeZoneInfo.Utc));

    [Fact]
    public void The_hijri_year_changes_at_midnight_riyadh_time_not_utc()
    {
        // 1 Muharram 1447 began on 26 June 2025; 21:00 UTC on the 25th is midnight in Riyadh.
        Assert.Equal(1446, DualDate.HijriYear(new DateTimeOffset(2025, 6, 25, 20, 59, 0, TimeSpan.Zero)));
        Assert.Equal(1447, DualDate.HijriYear(new DateTimeOffset(2025, 6, 25, 21, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Riyadh_is_utc_plus_three_all_year()
    {
        Assert.Equal(Riyadh, DualDate.Riyadh.GetUtcOffset(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(Riyadh, DualDate.Riyadh.GetUtcOffset(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Without_time_zone_data_riyadh_falls_back_to_a_fixed_utc_plus_three()
    {
        var zone = DualDate.ResolveRiyadh(id => throw new TimeZoneNotFoundException(id));

        Assert.Equal(Riyadh, zone.BaseUtcOffset);
        Assert.False(zone.SupportsDaylightSavingTime);
        Assert.Equal("17 Jumada II 1448 AH (27 November 2026)",
            DualDate.Format(new DateTimeOffset(2026, 11, 26, 21, 30, 0, TimeSpan.Zero), "en", zone: zone));
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("AR")]
    public void Arabic_culture_names_are_taken_as_arabic(string language) =>
        Assert.StartsWith("١٦ جمادى الآخرة", DualDate.Format(NoonInRiyadh(2026, 11, 26), language));

    [Fact]
    public void An_unsupported_language_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => DualDate.Format(NoonInRiyadh(2026, 11, 26), "fr"));

    [Fact]
    public void Dates_beyond_the_umm_al_qura_tables_are_refused_clearly()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DualDate.Format(new DateTimeOffset(2090, 1, 1, 0, 0, 0, TimeSpan.Zero), "en"));
        Assert.Contains("Umm al-Qura", error.Message);
    }

    [Fact]
    public void The_twelve_month_names_are_in_order_in_both_languages()
    {
        Assert.Equal("Muharram", DualDate.HijriMonthName(1, "en"));
        Assert.Equal("Rabi' I", DualDate.HijriMonthName(3, "en"));
        Assert.Equal("Sha'ban", DualDate.HijriMonthName(8, "en"));
        Assert.Equal("Dhu al-Qi'dah", DualDate.HijriMonthName(11, "en"));
        Assert.Equal("ذو الحجة", DualDate.HijriMonthName(12, "ar"));
        Assert.Equal("جمادى الآخرة", new HijriDate(1448, 6, 16).MonthName("ar"));
        Assert.Throws<ArgumentOutOfRangeException>(() => DualDate.HijriMonthName(13, "en"));
    }

    [SkippableFact]
    public void Arabic_month_names_match_the_ar_sa_culture()
    {
        CultureInfo arSa;
        try
        {
            arSa = new CultureInfo("ar-SA");
        }
        catch (CultureNotFoundException)
        {
            throw new SkipException("No ICU data: ar-SA is not available.");
        }

        Skip.IfNot(arSa.DateTimeFormat.Calendar is UmAlQuraCalendar, "This ICU build does not default ar-SA to Umm al-Qura.");
        for (var month = 1; month <= 12; month++)
        {
            Assert.Equal(arSa.DateTimeFormat.GetMonthName(month), DualDate.HijriMonthName(month, "ar"));
        }

        var gregorian = (CultureInfo)arSa.Clone();
        gregorian.DateTimeFormat.Calendar = new GregorianCalendar();
        Assert.Equal("26 " + gregorian.DateTimeFormat.GetMonthName(11) + " 2026",
            new DateTime(2026, 11, 26).ToString("d MMMM yyyy", gregorian));
        Assert.Contains("(٢٦ " + gregorian.DateTimeFormat.GetMonthName(11) + " ٢٠٢٦ م)", DualDate.Format(NoonInRiyadh(2026, 11, 26), "ar"));
    }
}
