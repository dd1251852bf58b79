namespace DomatAljandal.Host.Features.Cases.Persistence;

/// <summary>The last number given in a reference series (cases, letters) for one Hijri year (table <c>reference_counters</c>).</summary>
public sealed class ReferenceCounter
{
    public const string Cases = "case";
    public const string Letters = "letter";

    public string Scope { get; set; } = string.Empty;

    public int HijriYear { get; set; }

    public int LastValue { get; set; }
}
