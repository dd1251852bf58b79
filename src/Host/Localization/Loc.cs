using System.Globalization;
using DomatAljandal.Domain.Text;

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
    public static string Number(int value) => Digits(value.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc cref="Number(int)"/>
    public static string Number(long value) => Digits(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A decimal (hours, scores) in the page's digits with <paramref name="format"/>: «١٢٫٥» in Arabic, "12.5" in English.</summary>
    public static string Number(decimal value, string format = "0.##") => Digits(value.ToString(format, CultureInfo.InvariantCulture));

    /// <inheritdoc cref="Number(decimal, string)"/>
    public static string Number(double value, string format = "0.##") => Digits(value.ToString(format, CultureInfo.InvariantCulture));

    /// <summary>A count or a dash when there is none.</summary>
    public static string Number(int? value) => value is { } v ? Number(v) : "—";

    /// <summary>A number or a dash when there is none (no data yet).</summary>
    public static string Number(double? value, string format = "0.##") => value is { } v ? Number(v, format) : "—";

    /// <inheritdoc cref="Number(double?, string)"/>
    public static string Number(decimal? value, string format = "0.##") => value is { } v ? Number(v, format) : "—";

    /// <summary>A procedure's version as a short label: «الإصدار ٣» in Arabic, "v3" in English.</summary>
    public static string Version(int version) => IsArabic ? $"الإصدار {Number(version)}" : $"v{Number(version)}";

    /// <summary>
    /// A share (0–1) as a whole percentage in the page's digits and sign: «٨٥٪» in Arabic, "85%" in English; a dash when
    /// there is none.
    /// </summary>
    public static string Percent(double? share) => share is { } s ? Points((decimal)(s * 100)) : "—";

    /// <summary>Percentage points (0–100) in the page's digits and sign: «٨٥٪» / "85%"; a dash when there is none.</summary>
    public static string PercentPoints(decimal? points) => points is { } p ? Points(p) : "—";

    /// <summary>
    /// A text already formatted with ASCII digits (a month "2026-11", a ratio "2 / 5") in the page's digit style.
    /// Pass only what a person reads as a number; identifiers keep their ASCII digits.
    /// </summary>
    public static string Digits(string text) =>
        IsArabic ? ArabicText.ToArabicIndicDigits(text).Replace('.', '\u066B') : text;

    private static string Points(decimal points) =>
        IsArabic ? $"{Number(points, "0")}٪" : $"{Number(points, "0")}%";

    /// <summary>
    /// A count with its noun as each language says it — Arabic agrees the noun with the number: «لا مستندات»، «مستند واحد»،
    /// «مستندان»، «٣ مستندات»، «١١ مستندًا»; English "no documents", "1 document", "3 documents".
    /// </summary>
    public static string Count(int count, CountedNoun noun) => IsArabic
        ? count switch
        {
            0 => noun.ArabicNone,
            1 => noun.ArabicOne,
            2 => noun.ArabicTwo,
            <= 10 => $"{Number(count)} {noun.ArabicFew}",
            _ => $"{Number(count)} {noun.ArabicMany}",
        }
        : count switch
        {
            0 => $"no {noun.EnglishMany}",
            1 => $"1 {noun.EnglishOne}",
            _ => $"{Number(count)} {noun.EnglishMany}",
        };
}

/// <summary>A noun's forms for <see cref="Loc.Count"/>: Arabic none, one, two, 3–10 and 11 or more; English one and many.</summary>
public sealed record CountedNoun(string ArabicNone, string ArabicOne, string ArabicTwo, string ArabicFew, string ArabicMany, string EnglishOne, string EnglishMany)
{
    public static readonly CountedNoun Fields = new("لا حقول", "حقل واحد", "حقلان", "حقول", "حقلًا", "field", "fields");

    public static readonly CountedNoun Documents = new("لا مستندات", "مستند واحد", "مستندان", "مستندات", "مستندًا", "document", "documents");

    public static readonly CountedNoun Steps = new("لا خطوات", "خطوة واحدة", "خطوتان", "خطوات", "خطوةً", "step", "steps");

    public static readonly CountedNoun Connections = new("لا وصلات", "وصلة واحدة", "وصلتان", "وصلات", "وصلةً", "connection", "connections");

    public static readonly CountedNoun StaffMembers = new("لا أحد", "موظف واحد", "موظفان", "موظفين", "موظفًا", "staff member", "staff members");
}
