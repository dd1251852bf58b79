using DomatAljandal.Domain.Members;

namespace DomatAljandal.Domain.Privacy;

/// <summary>
/// A member's request for access to, correction or erasure of their personal data. The law gives the society 30 days
/// from the request to answer, extendable once by 30 more days with a recorded reason.
/// </summary>
public sealed class DataSubjectRequest
{
    /// <summary>The days the law gives to answer.</summary>
    public static readonly TimeSpan AnswerPeriod = TimeSpan.FromDays(30);

    /// <summary>The one extension the law allows.</summary>
    public static readonly TimeSpan Extension = TimeSpan.FromDays(30);

    private DataSubjectRequest()
    {
        OpenedBy = null!;
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public DataRequestKind Kind { get; private set; }

    /// <summary>How the member asked (the portal, or through an officer at the desk, by phone or letter).</summary>
    public ConsentMethod Channel { get; private set; }

    /// <summary>What the member asked, in their words (what to correct, for instance).</summary>
    public string? Details { get; private set; }

    public string OpenedBy { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DataRequestStatus Status { get; private set; }

    public string? ExtensionReason { get; private set; }

    public DateTimeOffset? ExtendedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    /// <summary>What was done, as told to the member (for an erasure: what was deleted and what was anonymized and kept).</summary>
    public string? Outcome { get; private set; }

    public static DataSubjectRequest Open(Guid memberId, DataRequestKind kind, ConsentMethod channel, string? details, string openedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MemberId = memberId,
        Kind = Require.Defined(kind, "kind", "نوع الطلب", "The kind of request"),
        Channel = Require.Defined(channel, "channel", "قناة الطلب", "The channel of the request"),
        Details = Require.OptionalText(details, 2000, "details", "تفاصيل الطلب", "The request's details"),
        OpenedBy = Require.Text(openedBy, 256, "openedBy", "من فتح الطلب", "Who opened the request"),
        OpenedAt = now,
        DueAt = now + AnswerPeriod,
        Status = DataRequestStatus.Open,
    };

    /// <summary>Whole days left before <see cref="DueAt"/> (negative once breached); a part of a day counts as a day.</summary>
    public int DaysLeft(DateTimeOffset now) => (int)Math.Ceiling((DueAt - now).TotalDays);

    public bool IsOverdue(DateTimeOffset now) => Status != DataRequestStatus.Completed && now > DueAt;

    /// <summary>Moves the deadline by 30 days, once, with the reason the member is told.</summary>
    public void Extend(string reason, DateTimeOffset now)
    {
        var why = Require.Text(reason, 1000, "reason", "سبب التمديد", "The reason for the extension");
        switch (Status)
        {
            case DataRequestStatus.Completed:
                throw new DomainRuleException("status", "الطلب مكتمل.", "The request is already completed.");
            case DataRequestStatus.Extended:
                throw new DomainRuleException("status", "يُمدَّد الطلب مرة واحدة فقط.", "A request is extended once only.");
        }

        (ExtensionReason, ExtendedAt, DueAt, Status) = (why, now, DueAt + Extension, DataRequestStatus.Extended);
    }

    public void Complete(string outcome, string completedBy, DateTimeOffset now)
    {
        if (Status == DataRequestStatus.Completed)
        {
            throw new DomainRuleException("status", "الطلب مكتمل.", "The request is already completed.");
        }

        Outcome = Require.Text(outcome, 4000, "outcome", "ما تم", "What was done");
        CompletedBy = Require.Text(completedBy, 256, "completedBy", "من أكمل الطلب", "Who completed the request");
        (CompletedAt, Status) = (now, DataRequestStatus.Completed);
    }
}
