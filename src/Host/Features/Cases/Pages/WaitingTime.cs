using System.Globalization;
using DomatAljandal.Domain.Text;

namespace DomatAljandal.Host.Features.Cases.Pages;

/// <summary>How long something has waited, in words: «يومان و٣ ساعات» (Arabic-Indic digits in Arabic) / "2 days 3 hours"; the two largest units only.</summary>
public static class WaitingTime
{
    public static string Format(TimeSpan span, bool arabic)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        if (span < TimeSpan.FromMinutes(1))
        {
            return arabic ? "أقل من دقيقة" : "under a minute";
        }

        var parts = new List<string>();
        if (span.Days > 0)
        {
            parts.Add(arabic ? Arabic(span.Days, "يوم", "يومان", "أيام", "يومًا") : English(span.Days, "day"));
        }

        if (span.Hours > 0)
        {
            parts.Add(arabic ? Arabic(span.Hours, "ساعة", "ساعتان", "ساعات", "ساعة") : English(span.Hours, "hour"));
        }

        if (span.Days == 0 && span.Minutes > 0)
        {
            parts.Add(arabic ? Arabic(span.Minutes, "دقيقة", "دقيقتان", "دقائق", "دقيقة") : English(span.Minutes, "minute"));
        }

        return string.Join(arabic ? " و" : " ", parts.Take(2));
    }

    // Arabic counts: 1 and 2 are words of their own, 3–10 take the plural, 11 and up the singular accusative.
    private static string Arabic(int n, string one, string two, string few, string many) => n switch
    {
        0 => $"٠ {many}",
        1 => one,
        2 => two,
        <= 10 => $"{ArabicText.ToArabicIndicDigits(n.ToString(CultureInfo.InvariantCulture))} {few}",
        _ => $"{ArabicText.ToArabicIndicDigits(n.ToString(CultureInfo.InvariantCulture))} {many}",
    };

    private static string English(int n, string unit) => string.Create(CultureInfo.InvariantCulture, $"{n} {unit}{(n == 1 ? "" : "s")}");
}
