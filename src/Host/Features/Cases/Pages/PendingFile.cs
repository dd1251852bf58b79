using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Attachments;
using Microsoft.AspNetCore.Components.Forms;

namespace DomatAljandal.Host.Features.Cases.Pages;

/// <summary>
/// A file chosen in the browser, read at once (a browser file can only be read while its input still holds it) and
/// kept until the form is sent; <see cref="DocumentKey"/> says which of the service's documents it supplies.
/// </summary>
public sealed class PendingFile
{
    private readonly byte[] _bytes;

    private PendingFile(string name, string contentType, byte[] bytes)
    {
        Name = name;
        ContentType = contentType;
        _bytes = bytes;
    }

    public string Name { get; }

    public string ContentType { get; }

    public long Size => _bytes.Length;

    public string? DocumentKey { get; set; }

    /// <summary>Reads the file, or returns the reason it cannot be attached (too large) in the UI's language.</summary>
    public static async Task<(PendingFile? File, string? Error)> ReadAsync(IBrowserFile file, CancellationToken cancellationToken = default)
    {
        if (file.Size > AttachmentPolicy.MaxSizeBytes)
        {
            return (null, Localization.Loc.T($"«{file.Name}»: حجم الملف أكبر من ١٠ ميجابايت.", $"“{file.Name}”: the file is larger than 10 MB."));
        }

        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream(AttachmentPolicy.MaxSizeBytes, cancellationToken))
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        return (new PendingFile(file.Name, file.ContentType, buffer.ToArray()), null);
    }

    /// <summary>The file as the attachment slices take it (a fresh stream each time).</summary>
    public UploadedFile ToUpload() => new(Name, ContentType, _bytes.Length, new MemoryStream(_bytes, writable: false));
}
