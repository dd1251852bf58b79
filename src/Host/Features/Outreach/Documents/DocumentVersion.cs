namespace DomatAljandal.Host.Features.Outreach.Documents;

/// <summary>A version of a <see cref="SocietyDocument"/>: its file (Arabic), an optional English file, and when it takes effect.</summary>
public sealed class DocumentVersion
{
    internal DocumentVersion(Guid documentId, int number, DocumentFile file, DocumentFile? englishFile, DateOnly? effectiveOn, string? notes, string actor,
        DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        DocumentId = documentId;
        Number = number;
        File = file;
        EnglishFile = englishFile;
        EffectiveOn = effectiveOn;
        Notes = notes;
        UploadedBy = actor;
        UploadedAt = now;
    }

    private DocumentVersion()
    {
        File = null!;
        UploadedBy = null!;
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    /// <summary>1, 2, 3 … per document.</summary>
    public int Number { get; private set; }

    public DocumentFile File { get; private set; }

    public DocumentFile? EnglishFile { get; private set; }

    public DateOnly? EffectiveOn { get; private set; }

    public string? Notes { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}

/// <summary>A stored file of a version (bytes in the attachment storage under <see cref="StorageKey"/>).</summary>
public sealed class DocumentFile(string storageKey, string fileName, string contentType, long sizeBytes)
{
    public string StorageKey { get; private set; } = storageKey;

    public string FileName { get; private set; } = fileName;

    public string ContentType { get; private set; } = contentType;

    public long SizeBytes { get; private set; } = sizeBytes;
}
