using System.Diagnostics.CodeAnalysis;

namespace DomatAljandal.Domain.Text;

/// <summary>The two UI languages. Arabic first; English second.</summary>
public static class DisplayLanguage
{
    public const string Arabic = "ar";
    public const string English = "en";

    /// <summary>
    /// Reduces "ar", "AR", "ar-SA", "en-US", "en_GB" … to "ar" or "en". Any other language is not supported.
    /// </summary>
    public static bool TryNormalize(string? language, [NotNullWhen(true)] out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(language))
        {
            return false;
        }

        var trimmed = language.Trim();
        var primary = trimmed.Split('-', '_')[0];
        if (primary.Equals(Arabic, StringComparison.OrdinalIgnoreCase))
        {
            code = Arabic;
        }
        else if (primary.Equals(English, StringComparison.OrdinalIgnoreCase))
        {
            code = English;
        }

        return code is not null;
    }

    /// <summary>True for Arabic, false for English; throws for anything else, because a wrong code is a programming error.</summary>
    internal static bool IsArabic(string language) => TryNormalize(language, out var code)
        ? code == Arabic
        : throw new ArgumentException($"Unsupported display language '{language}'. Use \"{Arabic}\" or \"{English}\".", nameof(language));
}
