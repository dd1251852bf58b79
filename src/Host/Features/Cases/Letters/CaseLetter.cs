namespace DomatAljandal.Host.Features.Cases.Letters;

/// <summary>
/// A letter issued for a case (table <c>case_letters</c>): its own reference number (<c>DJ-L-1448-000012</c>), kind,
/// language, and who issued it when. The printable text is composed from the case when the letter is shown, so
/// printing it again gives the same letter.
/// </summary>
public sealed class CaseLetter
{
    private CaseLetter()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string Reference { get; private set; } = string.Empty;

    public LetterKind Kind { get; private set; }

    /// <summary>"ar" or "en".</summary>
    public string Language { get; private set; } = "ar";

    /// <summary>UTC.</summary>
    public DateTime IssuedAt { get; private set; }

    public string IssuedBy { get; private set; } = string.Empty;

    public static CaseLetter Issue(Guid caseId, string reference, LetterKind kind, string language, DateTimeOffset issuedAt, string issuedBy) => new()
    {
        Id = Guid.CreateVersion7(issuedAt),
        CaseId = caseId,
        Reference = reference,
        Kind = kind,
        Language = language,
        IssuedAt = issuedAt.UtcDateTime,
        IssuedBy = issuedBy,
    };
}
