namespace DomatAljandal.Host.Features.Cases.Letters;

/// <summary>
/// A letter issued for a case (table <c>case_letters</c>): its own reference number (<c>DJ-L-1448-000012</c>), kind,
/// language, who issued it when, and the wording it was issued with — subject, salutation, paragraphs and signatory —
/// so printing it again gives the same letter after an admin rewords its template. Letters issued before the wording
/// was kept have none; they are worded from the template when shown. The reference is given as the letter is saved
/// (<see cref="LetterNumbering"/>), in the transaction that stores it.
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

    public string? Subject { get; private set; }

    public string? Salutation { get; private set; }

    /// <summary>The paragraphs, one per line.</summary>
    public string? Body { get; private set; }

    public string? SignatoryName { get; private set; }

    public string? SignatoryTitle { get; private set; }

    public IReadOnlyList<string> Paragraphs => Body is null ? [] : Body.Split('\n');

    public static CaseLetter Issue(Guid caseId, LetterKind kind, string language, DateTimeOffset issuedAt, string issuedBy, LetterWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        return new()
        {
            Id = Guid.CreateVersion7(issuedAt),
            CaseId = caseId,
            Kind = kind,
            Language = language,
            IssuedAt = issuedAt.UtcDateTime,
            IssuedBy = issuedBy,
            Subject = wording.Subject,
            Salutation = wording.Salutation,
            Body = string.Join("\n", wording.Paragraphs.Select(p => p.ReplaceLineEndings(" "))),
            SignatoryName = wording.SignatoryName,
            SignatoryTitle = wording.SignatoryTitle,
        };
    }

    /// <summary>The wording the letter was issued with; null for a letter issued before wordings were kept.</summary>
    public LetterWording? Wording => Subject is null ? null : new LetterWording(Subject, Salutation, Paragraphs, SignatoryName, SignatoryTitle);

    internal void Number(string reference)
    {
        if (Reference.Length > 0)
        {
            throw new InvalidOperationException($"Letter {Id} already has the reference {Reference}.");
        }

        Reference = reference;
    }
}

/// <summary>What a letter says: its subject, salutation, paragraphs and who signs it (name and title).</summary>
public sealed record LetterWording(string Subject, string? Salutation, IReadOnlyList<string> Paragraphs, string? SignatoryName, string? SignatoryTitle);
