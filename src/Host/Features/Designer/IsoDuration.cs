using System.Globalization;
using System.Xml;

namespace DomatAljandal.Host.Features.Designer;

/// <summary>Deadlines as people enter them (days and hours) and as the engine stores them (ISO-8601, e.g. P1DT12H).</summary>
public readonly record struct IsoDuration(int Days, int Hours)
{
    public bool IsZero => Days == 0 && Hours == 0;

    /// <summary>P14D, PT12H, P1DT12H; null for zero (no deadline).</summary>
    public string? ToIso()
    {
        if (IsZero) return null;
        var days = Days + Hours / 24;
        var hours = Hours % 24;
        return "P" + (days > 0 ? days.ToString(CultureInfo.InvariantCulture) + "D" : "")
                   + (hours > 0 ? "T" + hours.ToString(CultureInfo.InvariantCulture) + "H" : "");
    }

    /// <summary>
    /// The duration in words, in working days when <paramref name="workingDays"/>: «١٠ أيام عمل» / "10 working days",
    /// «يومان و٣ ساعات» / "2 days 3 hours".
    /// </summary>
    public string Describe(bool workingDays, bool arabic)
    {
        var parts = new List<string>();
        if (Days > 0)
        {
            var days = Digits(Days, arabic);
            parts.Add((workingDays, arabic) switch
            {
                (true, true) => Days == 1 ? "يوم عمل واحد" : Days == 2 ? "يوما عمل" : Days <= 10 ? $"{days} أيام عمل" : $"{days} يوم عمل",
                (true, false) => Days == 1 ? "1 working day" : $"{days} working days",
                (false, true) => Days == 1 ? "يوم واحد" : Days == 2 ? "يومان" : Days <= 10 ? $"{days} أيام" : $"{days} يومًا",
                (false, false) => Days == 1 ? "1 day" : $"{days} days",
            });
        }

        if (Hours > 0)
        {
            var hours = Digits(Hours, arabic);
            parts.Add(arabic ? (Hours == 1 ? "ساعة" : Hours == 2 ? "ساعتان" : Hours <= 10 ? $"{hours} ساعات" : $"{hours} ساعة")
                             : (Hours == 1 ? "1 hour" : $"{hours} hours"));
        }

        return parts.Count == 0 ? "—" : string.Join(arabic ? " و" : " ", parts);
    }

    // One digit style per language, as Loc.Number writes counts: ١٤ in Arabic, 14 in English.
    private static string Digits(int value, bool arabic) =>
        arabic ? Domain.Text.ArabicText.ToArabicIndicDigits(value.ToString(CultureInfo.InvariantCulture)) : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads an ISO-8601 duration into whole days and hours; false when it does not parse or has minutes.</summary>
    public static bool TryParse(string? iso, out IsoDuration duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(iso)) return true;
        TimeSpan span;
        try
        {
            span = XmlConvert.ToTimeSpan(iso);
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
        if (span < TimeSpan.Zero || span.Minutes != 0 || span.Seconds != 0 || span.Milliseconds != 0) return false;
        duration = new IsoDuration(span.Days, span.Hours);
        return true;
    }
}
