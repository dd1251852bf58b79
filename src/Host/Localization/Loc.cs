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

    /// <summary>A decimal count (hours) in the page's digits: «١٢٫٥» in Arabic, "12.5" in English.</summary>
    public static string Number(decimal value)
    {
        var text = value.ToString("0.##", CultureInfo.InvariantCulture);
        return IsArabic ? string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)('٠' + (c - '0')) : c == '.' ? '٫' : c)) : text;
    }

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

    public static readonly CountedNoun StaffMembers = new("لا أحد", "موظف واحد", "موظفان", "موظفين", "موظفًا", "staff member", "staff members");
}
