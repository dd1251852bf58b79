namespace DomatAljandal.Host.Features.Designer;

/// <summary>The language keys of localized texts in definitions.</summary>
public static class DesignerTexts
{
    public const string Ar = "ar";
    public const string En = "en";
}
