namespace DomatAljandal.Domain.Cases;

/// <summary>
/// What may be attached to a case: PDF, JPEG or PNG, at most 10 MB, with a file name whose extension matches
/// the type. The host checks uploads with <see cref="Check"/> before storing them and <see cref="MatchesSignature"/>
/// on the first bytes, so a renamed executable is not accepted as a PDF.
/// </summary>
public static class AttachmentPolicy
{
    public const long MaxSizeBytes = 10L * 1024 * 1024;
    public const int MaxFileNameLength = 255;

    private static readonly Dictionary<string, string[]> ExtensionsByType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = [".pdf"],
        ["image/jpeg"] = [".jpg", ".jpeg"],
        ["image/png"] = [".png"],
    };

    /// <summary>The content types accepted.</summary>
    public static IReadOnlyCollection<string> AllowedContentTypes => ExtensionsByType.Keys;

    /// <summary>The reason the file may not be attached, or null when it may.</summary>
    public static RuleViolation? Check(string? fileName, string? contentType, long sizeBytes)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName.Trim().Length > MaxFileNameLength
            || fileName.IndexOfAny(['/', '\\', '\0']) >= 0)
        {
            return new RuleViolation("file", "اسم الملف غير صالح.", "The file name is not valid.");
        }

        if (string.IsNullOrWhiteSpace(contentType) || !ExtensionsByType.TryGetValue(NormalizeType(contentType), out var extensions))
        {
            return new RuleViolation("file",
                "يُقبل ملف PDF أو صورة JPEG أو PNG فقط.",
                "Only PDF, JPEG or PNG files are accepted.");
        }

        if (!extensions.Contains(Path.GetExtension(fileName.Trim()), StringComparer.OrdinalIgnoreCase))
        {
            return new RuleViolation("file",
                $"امتداد الملف لا يطابق نوعه؛ المتوقع {string.Join(" أو ", extensions)}.",
                $"The file's extension does not match its type; expected {string.Join(" or ", extensions)}.");
        }

        if (sizeBytes <= 0)
        {
            return new RuleViolation("file", "الملف فارغ.", "The file is empty.");
        }

        if (sizeBytes > MaxSizeBytes)
        {
            return new RuleViolation("file",
                "حجم الملف أكبر من ١٠ ميجابايت.",
                "The file is larger than 10 MB.");
        }

        return null;
    }

    /// <summary>Whether the file's first bytes are those of <paramref name="contentType"/> (%PDF, FF D8 FF, or the PNG signature).</summary>
    public static bool MatchesSignature(string contentType, ReadOnlySpan<byte> header) => NormalizeType(contentType) switch
    {
        "application/pdf" => header.StartsWith("%PDF-"u8),
        "image/jpeg" => header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        "image/png" => header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        _ => false,
    };

    /// <summary>"image/JPEG; name=x" → "image/jpeg".</summary>
    internal static string NormalizeType(string contentType) =>
        contentType.Split(';')[0].Trim().ToLowerInvariant();
}
