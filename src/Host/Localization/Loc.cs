using System.Globalization;

namespace DomatAljandal.Host.Localization;

/// <summary>
/// The UI's two languages. Texts are written Arabic first with the English beside, so a reader sees both
/// at once and neither drifts: <c>Loc.T("صندوق المهام", "Task inbox")</c>.
/// </summary>
public static class Loc
{
    public const string Arabic = "ar-SA";
    public const string English = "en-US";

    public static readonly string[] SupportedCultures = [Arabic, English];

    public static bool IsArabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public static string Language => IsArabic ? "ar" : "en";

    public static string Direction => IsArabic ? "rtl" : "ltr";

    public static string T(string arabic, string english) => IsArabic ? arabic : english;

    public static string T((string Ar, string En) text) => IsArabic ? text.Ar : text.En;

    /// <summary>
    /// A count as the page's language writes it: Arabic-Indic digits (٠–٩) in Arabic, as the Hijri dates are, ASCII in
    /// English. Identifiers (national IDs, mobiles, references) are not counts and keep their ASCII digits.
    /// </summary>
    public static string Number(int value) =>
        IsArabic ? string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(c => char.IsAsciiDigit(c) ? (char)('٠' + (c - '0')) : c))
            : value.ToString(CultureInfo.InvariantCulture);
}
