using DomatAljandal.Domain;

namespace DomatAljandal.Host.Features.Outreach.Documents;

/// <summary>
/// One of the society's documents — the bylaws, the support policy guide, a form, a circular — with its versions. The
/// current version is the newest; an earlier one stays readable for the record.
/// </summary>
public sealed class SocietyDocument
{
    public const int MaxTitleLength = 200;

    private readonly List<DocumentVersion> _versions = [];

    private SocietyDocument()
    {
        Title = CreatedBy = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The Arabic title.</summary>
    public string Title { get; private set; }

    public string? TitleEn { get; private set; }

    public DocumentCategory Category { get; private set; }

    public DocumentAudience Audience { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<DocumentVersion> Versions => _versions.AsReadOnly();

    public static SocietyDocument Create(string title, string? titleEn, DocumentCategory category, DocumentAudience audience, string actor, DateTimeOffset now)
    {
        return new SocietyDocument
        {
            Id = Guid.CreateVersion7(),
            Title = Require.Text(title, MaxTitleLength, "title", "عنوان الوثيقة", "The document's title"),
            TitleEn = Require.OptionalText(titleEn, MaxTitleLength, "titleEn", "العنوان الإنجليزي", "The English title"),
            Category = category,
            Audience = audience,
            CreatedBy = actor,
            CreatedAt = now,
        };
    }

    /// <summary>Adds the next version (numbered from 1).</summary>
    public DocumentVersion AddVersion(DocumentFile file, DocumentFile? englishFile, DateOnly? effectiveOn, string? notes, string actor, DateTimeOffset now)
    {
        var version = new DocumentVersion(Id, _versions.Count == 0 ? 1 : _versions.Max(v => v.Number) + 1, file, englishFile, effectiveOn,
            Require.OptionalText(notes, 1000, "notes", "ملاحظات الإصدار", "The version's notes"), actor, now);
        _versions.Add(version);
        return version;
    }

    public DocumentVersion? Current => _versions.OrderByDescending(v => v.Number).FirstOrDefault();
}
