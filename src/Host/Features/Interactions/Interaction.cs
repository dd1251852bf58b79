using DomatAljandal.Domain;
using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Host.Features.Interactions;

/// <summary>
/// One contact with a member through one of the seven channels (table <c>interactions</c>): in or out, what it was
/// about, who on the staff logged it and when, optionally the case it concerns. An incoming letter carries its
/// incoming reference (<c>DJ-IN-1448-000007</c>). Interactions are a log: written once, never edited.
/// </summary>
public sealed class Interaction
{
    public const int MaxSubjectLength = 200;
    public const int MaxSummaryLength = 4000;

    private Interaction()
    {
        Subject = RecordedBy = null!;
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public Channel Channel { get; private set; }

    public InteractionDirection Direction { get; private set; }

    public string Subject { get; private set; }

    public string? Summary { get; private set; }

    public Guid? CaseId { get; private set; }

    /// <summary>Only for an incoming letter.</summary>
    public string? IncomingReference { get; private set; }

    /// <summary>The staff member who logged it (their sign-in name).</summary>
    public string RecordedBy { get; private set; }

    public DateTimeOffset At { get; private set; }

    public bool IsIncomingLetter => Channel == Channel.Letter && Direction == InteractionDirection.In;

    public static Interaction Log(Guid memberId, Channel channel, InteractionDirection direction, string? subject, string? summary, Guid? caseId,
        string recordedBy, DateTimeOffset at)
    {
        if (!Enum.IsDefined(channel))
        {
            throw new DomainRuleException("channel", "قناة التواصل غير معروفة.", $"Unknown channel: {channel}.");
        }

        if (!Enum.IsDefined(direction))
        {
            throw new DomainRuleException("direction", "الاتجاه وارد أو صادر.", "The direction is In or Out.");
        }

        var trimmedSubject = subject?.Trim();
        if (string.IsNullOrEmpty(trimmedSubject))
        {
            throw new DomainRuleException("subject", "الموضوع مطلوب.", "The subject is required.");
        }

        if (trimmedSubject.Length > MaxSubjectLength)
        {
            throw new DomainRuleException("subject", $"الموضوع أطول من {MaxSubjectLength} حرفًا.", $"The subject is longer than {MaxSubjectLength} characters.");
        }

        var trimmedSummary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        if (trimmedSummary?.Length > MaxSummaryLength)
        {
            throw new DomainRuleException("summary", $"الملخص أطول من {MaxSummaryLength} حرف.", $"The summary is longer than {MaxSummaryLength} characters.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        return new Interaction
        {
            Id = Guid.CreateVersion7(at),
            MemberId = memberId,
            Channel = channel,
            Direction = direction,
            Subject = trimmedSubject,
            Summary = trimmedSummary,
            CaseId = caseId,
            RecordedBy = recordedBy,
            At = at,
        };
    }

    /// <summary>Gives an incoming letter its reference, once.</summary>
    public void AssignIncomingReference(string reference)
    {
        if (!IsIncomingLetter || IncomingReference is not null)
        {
            throw new InvalidOperationException("Only an incoming letter gets an incoming reference, once.");
        }

        IncomingReference = reference;
    }
}
