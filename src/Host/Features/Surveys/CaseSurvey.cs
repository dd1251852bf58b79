using DomatAljandal.Domain;
using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// استبيان الرضا — the satisfaction survey a closed case gives its member (one per case): open for
/// <see cref="SurveyOptions.OpenDays"/> days, sent once and reminded once, answered at most once. It records only that it
/// was answered, never the answer: an anonymous answer (<see cref="SurveyAnswer"/>) keeps no link back to it.
/// </summary>
public sealed class CaseSurvey
{
    private CaseSurvey()
    {
        ServiceTypeCode = null!;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid MemberId { get; private set; }

    public string ServiceTypeCode { get; private set; }

    /// <summary>The stage the case closed in (the last stage it went through).</summary>
    public string? Stage { get; private set; }

    /// <summary>How the case closed: completed, rejected, withdrawn or lapsed.</summary>
    public CaseStatus ClosedAs { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    public bool IsOpenAt(DateTimeOffset now) => AnsweredAt is null && now < ClosesAt;

    public static CaseSurvey For(ServiceCase serviceCase, DateTimeOffset at, int openDays)
    {
        ArgumentNullException.ThrowIfNull(serviceCase);
        return new CaseSurvey
        {
            Id = Guid.CreateVersion7(at),
            CaseId = serviceCase.Id,
            MemberId = serviceCase.MemberId,
            ServiceTypeCode = serviceCase.ServiceTypeCode,
            Stage = serviceCase.CurrentStage,
            ClosedAs = serviceCase.Status,
            CreatedAt = at,
            ClosesAt = at.AddDays(openDays),
        };
    }

    public void MarkSent(DateTimeOffset at) => SentAt ??= at;

    public void MarkReminded(DateTimeOffset at) => RemindedAt ??= at;

    /// <summary>
    /// Records that the member answered; a second answer, or one after the survey closed, is refused. For an anonymous
    /// answer only the month is kept, so the survey's time cannot be matched with the answer's.
    /// </summary>
    public void MarkAnswered(DateTimeOffset at, bool anonymous)
    {
        if (AnsweredAt is not null)
        {
            throw new DomainRuleException("survey", "أُجيب على هذا الاستبيان من قبل.", "This survey has already been answered.");
        }

        if (at >= ClosesAt)
        {
            throw new DomainRuleException("survey", "أُغلق هذا الاستبيان.", "This survey has closed.");
        }

        AnsweredAt = anonymous ? new DateTimeOffset(at.UtcDateTime.Year, at.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero) : at;
    }
}
