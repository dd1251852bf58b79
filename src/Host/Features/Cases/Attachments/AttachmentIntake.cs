using System.Buffers;
using System.Text;
using DomatAljandal.Domain;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Cases.Attachments;

/// <summary>
/// Checks an upload against <see cref="AttachmentPolicy"/> — size (413), name and type (400), and that the first bytes
/// are really a PDF, JPEG or PNG and nowhere HTML (400) — and stores it under a random key, with its name stripped of
/// direction controls (a right-to-left override would show "fdp.exe" as "exe.pdf"). The caller records it on the case and, if
/// that fails, calls <see cref="IAttachmentStorage.DeleteAsync"/>.
/// </summary>
public sealed class AttachmentIntake(IAttachmentStorage storage)
{
    public async Task<StoredUpload> StoreAsync(UploadedFile file, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > AttachmentPolicy.MaxSizeBytes)
        {
            throw TooLarge(field);
        }

        if (AttachmentPolicy.Check(file.FileName, file.ContentType, file.Length) is { } violation)
        {
            throw new DomainRuleException(field, violation.MessageAr, violation.MessageEn);
        }

        // Read at most one byte more than allowed: the declared length may lie.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await file.Content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > AttachmentPolicy.MaxSizeBytes)
            {
                throw TooLarge(field);
            }
        }

        if (buffer.Length == 0 || !AttachmentPolicy.MatchesSignature(file.ContentType!, buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 16))))
        {
            throw new DomainRuleException(field,
                "محتوى الملف لا يطابق نوعه المعلن (PDF أو JPEG أو PNG).",
                "The file's content does not match its declared type (PDF, JPEG or PNG).");
        }

        if (ContainsHtml(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
        {
            throw new DomainRuleException(field,
                "يحتوي الملف على صفحة ويب (HTML)؛ أرسل ملف PDF أو صورة فقط.",
                "The file also contains a web page (HTML); send a plain PDF or image.");
        }

        buffer.Position = 0;
        var key = await storage.SaveAsync(buffer, cancellationToken);
        return new StoredUpload(key, CleanFileName(file.FileName!), file.ContentType!, buffer.Length);
    }

    // Tags a browser would render or run, wherever they are in the bytes: a PDF can be an HTML page as well (a polyglot).
    private static readonly SearchValues<string> HtmlMarkers = SearchValues.Create(
        ["<html", "<script", "<body", "<head", "<iframe", "<svg", "<!doctype html", "<object", "<embed", "<meta", "<form", "<img"],
        StringComparison.OrdinalIgnoreCase);

    public static bool ContainsHtml(ReadOnlySpan<byte> content) => Encoding.Latin1.GetString(content).AsSpan().IndexOfAny(HtmlMarkers) >= 0;

    /// <summary>The name without control or direction-override characters, trimmed.</summary>
    public static string CleanFileName(string name) =>
        new string([.. name.Where(c => !char.IsControl(c) && !IsBidiControl(c))]).Trim();

    private static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static ProblemException TooLarge(string field) => new(StatusCodes.Status413PayloadTooLarge, "The file is too large.",
        "The file is larger than 10 MB.", new Dictionary<string, string[]> { [field] = ["حجم الملف أكبر من ١٠ ميجابايت.", "The file is larger than 10 MB."] });
}

/// <summary>An upload that passed the checks and is stored under <see cref="StorageKey"/>.</summary>
public sealed record StoredUpload(string StorageKey, string FileName, string ContentType, long SizeBytes);
