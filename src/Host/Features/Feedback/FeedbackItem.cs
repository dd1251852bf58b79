using DomatAljandal.Domain;
using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Host.Features.Feedback;

/// <summary>
/// مقترح أو شكوى — a member's suggestion or complaint, with the reference they quote (<c>DJ-S-1448-000003</c>,
/// <c>DJ-C-1448-000007</c>), followed to the end: received through any of the seven channels (on the portal, or recorded
/// by staff — for a member or anonymous), given a department, an owner and a deadline, escalated when the deadline passes
/// unanswered, answered in a thread the member is told of, rated by the member, and — a suggestion — adopted with the
/// improvement made. Following members' suggestions is part of the policy's aim [G-1].
/// </summary>
public sealed class FeedbackItem
{
    public const int MaxTextLength = 4000;

    public const int MaxReplies = 100;

    private readonly List<FeedbackReply> _replies = [];

    private FeedbackItem()
    {
        Reference = Subject = Text = null!;
    }

    public Guid Id { get; private set; }

    public string Reference { get; private set; }

    public FeedbackKind Kind { get; private set; }

    /// <summary>Null when recorded anonymously.</summary>
    public Guid? MemberId { get; private set; }

    /// <summary>How it reached the society: the portal (<see cref="Channel.Website"/>) or the channel staff recorded it from.</summary>
    public Channel Channel { get; private set; }

    /// <summary>The officer who recorded it; null when the member submitted it on the portal.</summary>
    public string? RecordedBy { get; private set; }

    public Guid? DepartmentId { get; private set; }

    /// <summary>The staff user who answers it.</summary>
    public string? OwnerUserId { get; private set; }

    /// <summary>When it is to be answered by; null only on items older than deadlines.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>When its deadline passed unanswered and the managers were told.</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }

    /// <summary>The member's rating of the answer, 1 to 5.</summary>
    public int? Rating { get; private set; }

    public DateTimeOffset? RatedAt { get; private set; }

    /// <summary>A suggestion taken up: when, and the improvement made, shown to members on the portal.</summary>
    public DateTimeOffset? AdoptedAt { get; private set; }

    public string? Improvement { get; private set; }

    /// <summary>The answers, oldest first; <see cref="Answer"/> is the latest.</summary>
    public IReadOnlyList<FeedbackReply> Replies => _replies.AsReadOnly();

    public string Subject { get; private set; }

    public string Text { get; private set; }

    /// <summary>The member's request it is about, if any.</summary>
    public Guid? CaseId { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The latest answer.</summary>
    public string? Answer { get; private set; }

    public string? AnsweredBy { get; private set; }

    /// <summary>When it was first answered: what its deadline and the time to answer count.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    public bool IsOverdueAt(DateTimeOffset now) => AnsweredAt is null && DueAt is { } due && due <= now;

    /// <summary>The reference: prefix, S or C, the Hijri year and the year's sequence of that kind.</summary>
    public static string ReferenceFor(string prefix, FeedbackKind kind, int hijriYear, int sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}-{(kind == FeedbackKind.Complaint ? 'C' : 'S')}-{hijriYear}-{sequence:000000}");

    /// <summary>Received: on the portal (<paramref name="recordedBy"/> null, channel the website) or recorded by staff from a channel.</summary>
    public static FeedbackItem Submit(string reference, FeedbackKind kind, Guid? memberId, string subject, string text, Guid? caseId, DateTimeOffset at,
        Channel channel, string? recordedBy, Guid? departmentId, string? ownerUserId, DateTimeOffset dueAt) => new()
    {
        Id = Guid.CreateVersion7(at),
        Reference = reference,
        Kind = Require.Defined(kind, "kind", "النوع", "The kind"),
        MemberId = memberId,
        Subject = Require.Text(subject, 200, "subject", "الموضوع", "The subject"),
        Text = Require.Text(text, MaxTextLength, "text", "النص", "The text"),
        CaseId = caseId,
        SubmittedAt = at,
        Channel = Require.Defined(channel, "channel", "القناة", "The channel"),
        RecordedBy = recordedBy,
        DepartmentId = departmentId,
        OwnerUserId = ownerUserId,
        DueAt = dueAt > at ? dueAt : throw new DomainRuleException("dueAt", "موعد الرد بعد الاستلام.", "The answer is due after it was received."),
    };

    /// <summary>The society answers: a reply joins the thread and becomes the latest answer; the first one stops the deadline.</summary>
    public FeedbackReply AnswerWith(string answer, string answeredBy, DateTimeOffset at)
    {
        if (_replies.Count >= MaxReplies)
        {
            throw new DomainRuleException("text", "بلغ عدد الردود حده الأقصى.", $"At most {MaxReplies} replies.");
        }

        var reply = new FeedbackReply(
            Require.Text(answer, MaxTextLength, "text", "الرد", "The answer"),
            Require.Text(answeredBy, 256, "answeredBy", "صاحب الرد", "Answered by"),
            at);
        _replies.Add(reply);
        Answer = reply.Text;
        AnsweredBy = reply.By;
        AnsweredAt ??= at;
        return reply;
    }

    /// <summary>Gives it to a department and an owner (either may stay as it is).</summary>
    public void Assign(Guid? departmentId, string? ownerUserId)
    {
        DepartmentId = departmentId ?? DepartmentId;
        OwnerUserId = ownerUserId ?? OwnerUserId;
    }

    /// <summary>The deadline passed unanswered and the managers were told: once.</summary>
    public bool Escalate(DateTimeOffset at)
    {
        if (EscalatedAt is not null || !IsOverdueAt(at))
        {
            return false;
        }

        EscalatedAt = at;
        return true;
    }

    /// <summary>The member rates the answer, 1 to 5; only once it was answered, and again to change it.</summary>
    public void Rate(int rating, DateTimeOffset at)
    {
        if (!IsAnswered)
        {
            throw new DomainRuleException("rating", "يُقيَّم الرد بعد وصوله.", "The answer can be rated once it has been given.");
        }

        Rating = rating is >= 1 and <= 5 ? rating : throw new DomainRuleException("rating", "التقييم من 1 إلى 5.", "The rating is from 1 to 5.");
        RatedAt = at;
    }

    /// <summary>A suggestion is taken up, with the improvement it brought (shown on the portal without names).</summary>
    public void Adopt(string? improvement, DateTimeOffset at)
    {
        if (Kind != FeedbackKind.Suggestion)
        {
            throw new DomainRuleException("kind", "يُعتمد المقترح فقط، لا الشكوى.", "Only a suggestion can be adopted.");
        }

        Improvement = Require.Text(improvement, MaxTextLength, "improvement", "التحسين الذي تم", "The improvement made");
        AdoptedAt ??= at;
    }
}

/// <summary>One answer in a suggestion's or complaint's thread.</summary>
public sealed record FeedbackReply(string Text, string By, DateTimeOffset At);

/// <summary>Stored as text.</summary>
public enum FeedbackKind
{
    Suggestion = 1,
    Complaint = 2,
}
