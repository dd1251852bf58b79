using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Domain.Text;

namespace DomatAljandal.Domain.Cases;

/// <summary>
/// A case's reference as members and letters quote it: <c>DJ-1448-000042</c> — the Hijri year the case was
/// opened in Riyadh and that year's sequence number. An instance is always valid.
/// </summary>
public sealed record CaseReference
{
    public const string Prefix = "DJ";
    public const int MaxSequence = 999_999;

    // The years the Umm al-Qura tables cover.
    private const int MinHijriYear = 1318;
    private const int MaxHijriYear = 1500;

    private CaseReference(int hijriYear, int sequence)
    {
        HijriYear = hijriYear;
        Sequence = sequence;
        Value = string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{hijriYear}-{sequence:000000}");
    }

    /// <summary>The canonical text, e.g. <c>DJ-1448-000042</c>.</summary>
    public string Value { get; }

    public int HijriYear { get; }

    public int Sequence { get; }

    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1318–1500 or the sequence outside 1–999999.</exception>
    public static CaseReference Create(int hijriYear, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hijriYear, MinHijriYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hijriYear, MaxHijriYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        return new CaseReference(hijriYear, sequence);
    }

    /// <summary>The reference for the <paramref name="sequence"/>th case of the Hijri year (in Riyadh) of <paramref name="openedAt"/>.</summary>
    public static CaseReference For(DateTimeOffset openedAt, int sequence) => Create(DualDate.HijriYear(openedAt), sequence);

    /// <summary>
    /// Reads what a member types: case-insensitive prefix, surrounding spaces, Arabic-Indic digits and an
    /// unpadded sequence are accepted («dj-١٤٤٨-42» is DJ-1448-000042).
    /// </summary>
    public static bool TryParse(string? s, [NotNullWhen(true)] out CaseReference? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(s))
        {
            return false;
        }

        var parts = ArabicText.ToAsciiDigits(s.Trim()).Split('-');
        if (parts.Length != 3
            || !parts[0].Equals(Prefix, StringComparison.OrdinalIgnoreCase)
            || parts[1].Length != 4 || !parts[1].All(char.IsAsciiDigit)
            || parts[2].Length is < 1 or > 6 || !parts[2].All(char.IsAsciiDigit))
        {
            return false;
        }

        var year = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var sequence = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (year is < MinHijriYear or > MaxHijriYear || sequence < 1)
        {
            return false;
        }

        reference = new CaseReference(year, sequence);
        return true;
    }

    /// <exception cref="FormatException">Not a case reference like DJ-1448-000042.</exception>
    public static CaseReference Parse(string s) => TryParse(s, out var reference)
        ? reference
        : throw new FormatException($"'{s}' is not a case reference; expected the form {Prefix}-1448-000042.");

    public override string ToString() => Value;
}
