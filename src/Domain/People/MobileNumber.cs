using System.Diagnostics.CodeAnalysis;
using DomatAljandal.Domain.Text;

namespace DomatAljandal.Domain.People;

/// <summary>
/// A Saudi mobile number, kept in E.164 form <c>+9665XXXXXXXX</c>. Accepts how people write it —
/// 0501234567, 501234567, +966 50 123 4567, 00966501234567, 966501234567, ٠٥٠١٢٣٤٥٦٧, (050) 123-4567 — and
/// refuses landlines, other countries and wrong lengths. An instance is always valid.
/// </summary>
public sealed record MobileNumber
{
    private const string CountryCode = "966";

    private MobileNumber(string value) => Value = value;

    /// <summary>E.164, e.g. <c>+966501234567</c>. What is stored and what SMS gateways take.</summary>
    public string Value { get; }

    /// <summary>The ten digits as dialled inside the Kingdom, e.g. <c>0501234567</c>.</summary>
    public string LocalNumber => "0" + Value[4..];

    public static bool TryParse(string? s, [NotNullWhen(true)] out MobileNumber? mobile) => Validate(s, out mobile) is null;

    /// <summary>Like <see cref="TryParse"/>, but throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static MobileNumber Parse(string s) =>
        Validate(s, out var mobile) is { } problem ? throw new FormatException(problem.En) : mobile!;

    /// <summary>As people read it: <c>050 123 4567</c>.</summary>
    public string ToLocalDisplay()
    {
        var local = LocalNumber;
        return $"{local[..3]} {local[3..6]} {local[6..]}";
    }

    public override string ToString() => Value;

    /// <summary>The reason <paramref name="s"/> is not a Saudi mobile number, in both languages; null when it is.</summary>
    internal static (string Ar, string En)? Validate(string? s, out MobileNumber? mobile)
    {
        mobile = null;
        if (string.IsNullOrWhiteSpace(s))
        {
            return ("رقم الجوال مطلوب.", "A mobile number is required.");
        }

        var compact = Compact(ArabicText.ToAsciiDigits(s));
        var hasPlus = compact.StartsWith('+');
        var digits = hasPlus ? compact[1..] : compact;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return ("رقم الجوال يتكون من أرقام فقط، ويجوز أن يبدأ بـ +.", "A mobile number contains digits only, optionally starting with +.");
        }

        string national;
        if (hasPlus || digits.StartsWith("00", StringComparison.Ordinal))
        {
            var international = hasPlus ? digits : digits[2..];
            if (!international.StartsWith(CountryCode, StringComparison.Ordinal))
            {
                return ("يُقبل رقم جوال سعودي فقط (+966).", "Only Saudi mobile numbers (+966) are accepted.");
            }

            national = international[CountryCode.Length..];
        }
        else if (digits.StartsWith(CountryCode, StringComparison.Ordinal) && digits.Length >= 12)
        {
            national = digits[CountryCode.Length..];
        }
        else
        {
            national = digits;
        }

        // The trunk zero: 05…, and the "+966 (0)5…" some people write.
        if (national.StartsWith('0'))
        {
            national = national[1..];
        }

        if (national.Length > 0 && national[0] == '1')
        {
            return ("هذا رقم هاتف ثابت؛ المطلوب رقم جوال يبدأ بـ 05.", "This is a landline number; a mobile number starting with 05 is required.");
        }

        if (national.Length > 0 && national[0] != '5')
        {
            return ("رقم الجوال السعودي يبدأ بـ 05.", "A Saudi mobile number starts with 05.");
        }

        if (national.Length != 9)
        {
            return ("رقم الجوال يتكون من ١٠ أرقام تبدأ بـ 05، مثل 0501234567.",
                "A mobile number has 10 digits starting with 05, like 0501234567.");
        }

        mobile = new MobileNumber("+" + CountryCode + national);
        return null;
    }

    // Drops what people put between digits: spaces, dashes, dots, parentheses and invisible direction marks.
    private static string Compact(string s) => string.Concat(s.Where(c =>
        !char.IsWhiteSpace(c)
        && c is not ('-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '.' or '(' or ')')
        && !ArabicText.IsInvisibleFormatting(c)));
}
