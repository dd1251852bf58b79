namespace DomatAljandal.Domain.Cases;

/// <summary>
/// A file attached to a case. The bytes live in storage under <see cref="StorageKey"/>; this is the record of them.
/// Created through <see cref="ServiceCase.AddAttachment"/>, which applies <see cref="AttachmentPolicy"/>.
/// </summary>
public sealed class CaseAttachment
{
    internal CaseAttachment(string fileName, string contentType, long sizeBytes, string storageKey, string uploadedBy, DateTimeOffset uploadedAt, string? documentKey)
    {
        Id = Guid.CreateVersion7(uploadedAt);
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        StorageKey = storageKey;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
        DocumentKey = documentKey;
    }

    private CaseAttachment()
    {
        FileName = ContentType = StorageKey = UploadedBy = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The name the uploader gave it (no path).</summary>
    public string FileName { get; private set; }

    /// <summary>application/pdf, image/jpeg or image/png.</summary>
    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>Where the bytes are kept (a blob name or relative path chosen by the host).</summary>
    public string StorageKey { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Which of the service's <see cref="RequiredDocument"/>s this file supplies, if any.</summary>
    public string? DocumentKey { get; private set; }
}
