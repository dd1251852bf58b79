using DomatAljandal.Domain;

namespace DomatAljandal.Host.Features.Feedback;

/// <summary>
/// مقترح أو شكوى — a member's suggestion or complaint, with the reference they quote (<c>DJ-S-1448-000003</c>,
/// <c>DJ-C-1448-000007</c>) and the society's answer. Following members' suggestions is part of the policy's aim [G-1].
/// </summary>
public sealed class FeedbackItem
{
    public const int MaxTextLength = 4000;

    private FeedbackItem()
    {
        Reference = Subject = Text = null!;
    }

    public Guid Id { get; private set; }

    public string Reference { get; private set; }

    public FeedbackKind Kind { get; private set; }

    public Guid MemberId { get; private set; }

    public string Subject { get; private set; }

    public string Text { get; private set; }

    /// <summary>The member's request it is about, if any.</summary>
    public Guid? CaseId { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public string? Answer { get; private set; }

    public string? AnsweredBy { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    /// <summary>The reference: prefix, S or C, the Hijri year and the year's sequence of that kind.</summary>
    public static string ReferenceFor(string prefix, FeedbackKind kind, int hijriYear, int sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}-{(kind == FeedbackKind.Complaint ? 'C' : 'S')}-{hijriYear}-{sequence:000000}");

    public static FeedbackItem Submit(string reference, FeedbackKind kind, Guid memberId, string subject, string text, Guid? caseId, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        Reference = reference,
        Kind = Require.Defined(kind, "kind", "النوع", "The kind"),
        MemberId = memberId,
        Subject = Require.Text(subject, 200, "subject", "الموضوع", "The subject"),
        Text = Require.Text(text, MaxTextLength, "text", "النص", "The text"),
        CaseId = caseId,
        SubmittedAt = at,
    };

    /// <summary>The society answers; a later answer replaces the earlier one (a follow-up), keeping who and when.</summary>
    public void AnswerWith(string answer, string answeredBy, DateTimeOffset at)
    {
        Answer = Require.Text(answer, MaxTextLength, "answer", "الرد", "The answer");
        AnsweredBy = Require.Text(answeredBy, 256, "answeredBy", "صاحب الرد", "Answered by");
        AnsweredAt = at;
    }
}

/// <summary>Stored as text.</summary>
public enum FeedbackKind
{
    Suggestion = 1,
    Complaint = 2,
}
