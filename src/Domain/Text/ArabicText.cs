using System.Text;
using System.Text.RegularExpressions;

namespace DomatAljandal.Domain.Text;

/// <summary>
/// The one normalization of Arabic (and Latin) text for search and matching. Whatever is stored for searching
/// and whatever the user types both go through <see cref="Normalize"/>, so spelling variants meet:
/// «أحمد» = «احمد», «فاطمة» = «فاطمه», «مُحَمَّد» = «محمد», «عبد الله» = «عبدالله», «٠٥٠» = «050».
/// It is for comparing, never for display.
/// </summary>
public static partial class ArabicText
{
    private const char Alef = '\u0627';
    private const char Heh = '\u0647';
    private const char Yeh = '\u064A';
    private const char Waw = '\u0648';
    private const char Kaf = '\u0643';

    /// <summary>
    /// Folds hamza and madda forms of alef (أ إ آ ٱ) to ا, ة to ه, ى and ئ to ي, ؤ to و; removes tashkeel,
    /// Quranic marks, tatweel and invisible direction marks; turns Arabic-Indic and Persian digits into ASCII;
    /// lowercases; collapses whitespace; and writes «عبد ال…» as one word «عبدال…».
    /// </summary>
    public static string Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return string.Empty;
        }

        // Compatibility forms first: presentation forms and ligatures (ﻻ, ﷲ) that text pasted from PDFs carries.
        // Without ICU (invariant globalization) this is a no-op, and the folding below still applies.
        var composed = input.Normalize(NormalizationForm.FormKC);

        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (IsIgnorable(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Fold(c));
        }

        return AbdFollowedByAl().Replace(builder.ToString(), "عبد");
    }

    /// <summary>
    /// The normalized words of <paramref name="input"/>, in order, split on whitespace and punctuation; for indexing.
    /// </summary>
    public static IReadOnlyList<string> Tokens(string? input)
    {
        var normalized = Normalize(input);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && char.IsLetterOrDigit(normalized[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(normalized[start..i]);
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>
    /// Replaces ASCII 0-9 with Arabic-Indic digits (٠-٩) and the decimal point with the Arabic decimal separator (٫):
    /// the one digit style of a text read in Arabic. Identifiers (national IDs, mobiles, references) are not read as
    /// numbers and are not passed here.
    /// </summary>
    public static string ToArabicIndicDigits(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return string.Create(input.Length, input, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsAsciiDigit(c) ? (char)('\u0660' + (c - '0')) : c;
            }
        });
    }

    /// <summary>Replaces Arabic-Indic (٠-٩) and Extended Arabic-Indic/Persian (۰-۹) digits with ASCII 0-9; nothing else changes.</summary>
    public static string ToAsciiDigits(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return string.Create(input.Length, input, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = AsciiDigit(source[i]);
            }
        });
    }

    private static char AsciiDigit(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    private static char Fold(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => Alef, // أ إ آ ٱ
        '\u0629' => Heh,                                     // ة
        '\u0649' or '\u0626' => Yeh,                          // ى ئ
        '\u0624' => Waw,                                     // ؤ
        '\u06CC' => Yeh,                                     // Persian yeh ی, typed on Persian keyboards
        '\u06A9' => Kaf,                                     // Persian keheh ک
        >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9' => AsciiDigit(c),
        _ => char.ToLowerInvariant(c),
    };

    private static bool IsIgnorable(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' => true, // tashkeel (fathatan … kasra, shadda, sukun) and other harakat
        '\u0670' => true,                    // superscript (dagger) alef
        >= '\u06D6' and <= '\u06ED' => true, // Quranic annotation marks
        '\u0640' => true,                    // tatweel
        _ => IsInvisibleFormatting(c),
    };

    /// <summary>Zero-width characters and direction marks that copied Arabic text carries unseen.</summary>
    internal static bool IsInvisibleFormatting(char c) => c switch
    {
        >= '\u200B' and <= '\u200F' => true, // zero-width space/joiners, LRM, RLM
        >= '\u202A' and <= '\u202E' => true, // bidi embeddings and overrides
        >= '\u2066' and <= '\u2069' => true, // bidi isolates
        '\uFEFF' => true,                    // byte-order mark
        _ => false,
    };

    // «عبد» as a whole word followed by a word starting with «ال»: «عبد الله» → «عبدالله».
    [GeneratedRegex(@"(?<!\w)عبد (?=ال\w)", RegexOptions.CultureInvariant)]
    private static partial Regex AbdFollowedByAl();
}
