using DomatAljandal.Domain;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// متابعة إجابة غير راضية — the task an unhappy answer (a score of 2 or less) opens for its department's manager, due in
/// <see cref="SurveyOptions.FollowUpWorkingDays"/> working days. Closing it records what was done and, unless the answer
/// was anonymous, tells the member.
/// </summary>
public sealed class SurveyFollowUp
{
    public const int MaxActionLength = 2000;

    private SurveyFollowUp()
    {
        ServiceTypeCode = null!;
    }

    public Guid Id { get; private set; }

    public Guid AnswerId { get; private set; }

    public Guid? DepartmentId { get; private set; }

    public string ServiceTypeCode { get; private set; }

    /// <summary>The member to tell when it is closed; null for an anonymous answer.</summary>
    public Guid? MemberId { get; private set; }

    public Guid? CaseId { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    /// <summary>What was done about it.</summary>
    public string? ActionTaken { get; private set; }

    public bool IsClosed => ClosedAt is not null;

    public static SurveyFollowUp For(SurveyAnswer answer, DateTimeOffset at, DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new SurveyFollowUp
        {
            Id = Guid.NewGuid(),
            AnswerId = answer.Id,
            DepartmentId = answer.DepartmentId,
            ServiceTypeCode = answer.ServiceTypeCode,
            MemberId = answer.MemberId,
            CaseId = answer.CaseId,
            // An anonymous answer keeps no exact time; neither does its follow-up beyond the day it opened.
            OpenedAt = answer.Anonymous ? new DateTimeOffset(at.UtcDateTime.Date, TimeSpan.Zero) : at,
            DueAt = dueAt,
        };
    }

    public void Close(string? actionTaken, string closedBy, DateTimeOffset at)
    {
        if (IsClosed)
        {
            throw new DomainRuleException("followUp", "أُغلقت هذه المتابعة من قبل.", "This follow-up is already closed.");
        }

        ActionTaken = Require.Text(actionTaken, MaxActionLength, "actionTaken", "ما تم اتخاذه", "What was done");
        ClosedBy = Require.Text(closedBy, 256, "closedBy", "من أغلقها", "Closed by");
        ClosedAt = at;
    }
}
