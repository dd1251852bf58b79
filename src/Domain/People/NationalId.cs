using System.Diagnostics.CodeAnalysis;
using DomatAljandal.Domain.Text;

namespace DomatAljandal.Domain.People;

/// <summary>
/// A Saudi national ID (starts with 1) or iqama number (starts with 2): ten digits whose last digit is a Luhn
/// check digit. An instance is always valid; build one with <see cref="TryParse"/> or <see cref="Parse"/>.
/// </summary>
public sealed record NationalId
{
    public const int Length = 10;

    private NationalId(string value) => Value = value;

    /// <summary>The ten ASCII digits, e.g. <c>1045783923</c>.</summary>
    public string Value { get; }

    public NationalIdKind Kind => Value[0] == '1' ? NationalIdKind.Citizen : NationalIdKind.Resident;

    /// <summary>Accepts ASCII, Arabic-Indic (٠-٩) or Persian (۰-۹) digits, with surrounding spaces.</summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out NationalId? id) => Validate(s, out id) is null;

    /// <summary>Like <see cref="TryParse"/>, but throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static NationalId Parse(string s) =>
        Validate(s, out var id) is { } problem ? throw new FormatException(problem.En) : id!;

    public override string ToString() => Value;

    /// <summary>The reason <paramref name="s"/> is not a national ID or iqama number, in both languages; null when it is.</summary>
    internal static (string Ar, string En)? Validate(string? s, out NationalId? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(s))
        {
            return ("رقم الهوية الوطنية أو الإقامة مطلوب.", "A national ID or iqama number is required.");
        }

        var digits = ArabicText.ToAsciiDigits(s.Trim());
        if (!digits.All(char.IsAsciiDigit))
        {
            return ("رقم الهوية أو الإقامة يتكون من أرقام فقط.", "A national ID or iqama number contains digits only.");
        }

        if (digits.Length != Length)
        {
            return ($"رقم الهوية أو الإقامة يتكون من ١٠ أرقام، والمُدخل {digits.Length}.",
                $"A national ID or iqama number has 10 digits; this one has {digits.Length}.");
        }

        if (digits[0] is not ('1' or '2'))
        {
            return ("رقم الهوية الوطنية يبدأ بالرقم ١ ورقم الإقامة يبدأ بالرقم ٢.",
                "A national ID starts with 1 and an iqama number with 2.");
        }

        if (!HasValidCheckDigit(digits))
        {
            return ("رقم الهوية أو الإقامة غير صحيح؛ تحقق من الأرقام.",
                "This national ID or iqama number is not valid (its check digit does not match); check the digits.");
        }

        id = new NationalId(digits);
        return null;
    }

    // Luhn as the NIC uses it: digits at even (0-based) positions are doubled and their digits summed,
    // digits at odd positions are added; the number is valid when the total is a multiple of 10.
    private static bool HasValidCheckDigit(string digits)
    {
        var total = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            total += digit;
        }

        return total % 10 == 0;
    }
}
