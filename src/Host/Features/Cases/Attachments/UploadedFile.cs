namespace DomatAljandal.Host.Features.Cases.Attachments;

/// <summary>A file as an endpoint or a page received it (an <c>IFormFile</c> or an <c>IBrowserFile</c>), not yet checked.</summary>
/// <param name="FileName">The name the uploader gave it; recorded, never used as a path.</param>
/// <param name="ContentType">The declared type; checked against the extension and the first bytes.</param>
/// <param name="Length">The declared length in bytes.</param>
/// <param name="Content">The bytes; read once.</param>
public sealed record UploadedFile(string? FileName, string? ContentType, long Length, Stream Content);
