using System.ComponentModel.DataAnnotations;

namespace DomatAljandal.Host.Infrastructure;

/// <summary>The society's name and contact details: configuration, not code (letterheads, emails, the shell).</summary>
public sealed class SocietyOptions
{
    public const string SectionName = "Society";

    [Required]
    public string NameAr { get; set; } = "الجمعية التعاونية لنحالي دومة الجندل";

    [Required]
    public string NameEn { get; set; } = "Dawmat al-Jandal Beekeepers Cooperative Society";

    /// <summary>Short text shown where a logo would be.</summary>
    [Required]
    public string LogoText { get; set; } = "نحالي دومة الجندل";

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? AddressAr { get; set; }

    public string? AddressEn { get; set; }

    public string? Website { get; set; }

    /// <summary>Prefix of case and letter references, e.g. DJ-1448-000042.</summary>
    [Required]
    [RegularExpression("^[A-Z]{1,5}$")]
    public string ReferencePrefix { get; set; } = "DJ";

    public string Name(bool arabic) => arabic ? NameAr : NameEn;
}
