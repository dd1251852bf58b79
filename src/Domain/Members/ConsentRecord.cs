namespace DomatAljandal.Domain.Members;

/// <summary>One consent given or withdrawn, as the member expressed it. The history is append-only; the member's current
/// flags (<see cref="Member.ConsentToContact"/>, <see cref="Member.ConsentToDataProcessing"/>) follow its latest entry.</summary>
public sealed class ConsentRecord
{
    private ConsentRecord()
    {
        RecordedBy = null!;
    }

    internal ConsentRecord(ConsentKind kind, bool given, ConsentEvidence evidence)
    {
        Id = Guid.CreateVersion7(evidence.At);
        Kind = kind;
        Given = given;
        At = evidence.At;
        Method = evidence.Method;
        RecordedBy = evidence.RecordedBy;
        PrivacyNoticeVersion = evidence.PrivacyNoticeVersion;
    }

    public Guid Id { get; private set; }

    public ConsentKind Kind { get; private set; }

    /// <summary>True when given, false when withdrawn (or refused).</summary>
    public bool Given { get; private set; }

    public DateTimeOffset At { get; private set; }

    public ConsentMethod Method { get; private set; }

    public string RecordedBy { get; private set; }

    /// <summary>The privacy notice version shown to the member when they gave it, if one was.</summary>
    public int? PrivacyNoticeVersion { get; private set; }
}
