namespace DomatAljandal.Host.Features.Notifications;

/// <summary>
/// Keeps Latin and number fragments (references such as DJ-1448-000042, emails, phone numbers) readable inside
/// Arabic sentences and Arabic fragments inside English ones: direction marks in plain text, <c>&lt;bdi&gt;</c> in HTML.
/// </summary>
internal static class BidiText
{
    public const char Lrm = '\u200E';
    public const char Rlm = '\u200F';
    public const char Lri = '\u2066';
    public const char Rli = '\u2067';
    public const char Pdi = '\u2069';

    public static bool IsRtlLetter(char c) =>
        char.IsLetter(c) && c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    public static bool HasRtlLetters(string s) => s.Any(IsRtlLetter);

    /// <summary>
    /// An inserted value in a plain-text line: a Latin/number fragment in Arabic text starts with LRM (so a
    /// leading "+" or digit stays with it) and ends with RLM (so the punctuation after it stays in the sentence).
    /// </summary>
    public static string MarkForText(string value, bool arabicText)
    {
        if (arabicText && !HasRtlLetters(value) && value.Any(c => char.IsLetterOrDigit(c)))
        {
            return Lrm + value + Rlm;
        }

        return !arabicText && HasRtlLetters(value) ? Rlm + value + Lrm : value;
    }

    /// <summary>
    /// An inserted value isolated from the text around it with Unicode isolates (as <c>&lt;bdi&gt;</c> does in HTML), for
    /// text shown by a browser such as a printed letter: right to left when it has Arabic letters, else left to right.
    /// </summary>
    public static string Isolate(string value) => (HasRtlLetters(value) ? Rli : Lri) + value + Pdi;

    /// <summary>An Arabic line whose first strong character is not right-to-left starts with RLM, so plain-text readers lay it out right to left.</summary>
    public static string StartLine(string line, bool arabicText) =>
        arabicText && line.Length > 0 && FirstStrongIsRtl(line) != true ? Rlm + line : line;

    /// <summary>An HTML-encoded value isolated from the text around it; Latin/number fragments are explicitly left to right.</summary>
    public static string IsolateHtml(string encoded, string raw) =>
        HasRtlLetters(raw) ? $"<bdi>{encoded}</bdi>" : $"<bdi dir=\"ltr\">{encoded}</bdi>";

    private static bool? FirstStrongIsRtl(string s)
    {
        foreach (var c in s)
        {
            if (c == Rlm || IsRtlLetter(c))
            {
                return true;
            }

            if (c == Lrm || char.IsLetter(c))
            {
                return false;
            }
        }

        return null;
    }
}
