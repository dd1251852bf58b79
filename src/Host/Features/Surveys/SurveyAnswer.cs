using DomatAljandal.Domain;
using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// إجابة استبيان — a member's answer: a 1–5 score per question, the reasons picked on a low score and a free comment, with
/// what the results are shown by (service, every stage the case went through, department, channel, month) — never the
/// employee. An anonymous answer keeps only those: no survey, member or case, no exact time, and a random id (a
/// time-ordered id would date it).
/// </summary>
public sealed class SurveyAnswer
{
    public const int MaxCommentLength = 2000;

    /// <summary>A score at or below this is unhappy: it opens a follow-up (<see cref="SurveyFollowUp"/>).</summary>
    public const int LowScore = 2;

    private List<QuestionScore> _scores = [];

    private List<string> _stages = [];

    private SurveyAnswer()
    {
        ServiceTypeCode = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>Null when anonymous.</summary>
    public Guid? SurveyId { get; private set; }

    /// <summary>Null when anonymous.</summary>
    public Guid? CaseId { get; private set; }

    /// <summary>Null when anonymous.</summary>
    public Guid? MemberId { get; private set; }

    public bool Anonymous { get; private set; }

    public string ServiceTypeCode { get; private set; }

    /// <summary>The stage the case closed in.</summary>
    public string? Stage { get; private set; }

    /// <summary>Every stage the case went through, in the order it first entered them (the closing one included): the answer counts for each.</summary>
    public IReadOnlyList<string> Stages => _stages.AsReadOnly();

    public Guid? DepartmentId { get; private set; }

    /// <summary>How the answer reached the society: the portal, or the channel an officer recorded it from.</summary>
    public Channel Channel { get; private set; }

    /// <summary>The first day of the month it was answered in; the only time an anonymous answer keeps.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>When it was answered; null when anonymous.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The officer who recorded an answer given by phone or in person; null when the member answered.</summary>
    public string? RecordedBy { get; private set; }

    public IReadOnlyList<QuestionScore> Scores => _scores.AsReadOnly();

    /// <summary>The mean of the question scores — what the report counts as this answer's score (4 or more is satisfied).</summary>
    public decimal Score { get; private set; }

    /// <summary>The lowest question score: 2 or less opens a follow-up.</summary>
    public int LowestScore { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>The score from which an answer counts as satisfied, in every report and summary.</summary>
    public const int SatisfiedFrom = 4;

    public bool IsSatisfied => Score >= SatisfiedFrom;

    public bool NeedsFollowUp => LowestScore <= LowScore;

    public static SurveyAnswer Record(CaseSurvey survey, IReadOnlyList<SurveyQuestion> questions, IReadOnlyList<QuestionScore>? scores, string? comment,
        bool anonymous, Channel channel, Guid? departmentId, string? recordedBy, DateTimeOffset at, DateOnly month, IReadOnlyList<string>? stagesVisited = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(questions);
        var checkedScores = Check(questions, scores ?? []);
        return new SurveyAnswer
        {
            Id = anonymous ? Guid.NewGuid() : Guid.CreateVersion7(at),
            SurveyId = anonymous ? null : survey.Id,
            CaseId = anonymous ? null : survey.CaseId,
            MemberId = anonymous ? null : survey.MemberId,
            Anonymous = anonymous,
            ServiceTypeCode = survey.ServiceTypeCode,
            Stage = survey.Stage,
            _stages = [.. (stagesVisited ?? []).Append(survey.Stage).OfType<string>().Distinct(StringComparer.Ordinal)],
            DepartmentId = departmentId,
            Channel = Require.Defined(channel, "channel", "القناة", "The channel"),
            Month = new DateOnly(month.Year, month.Month, 1),
            AnsweredAt = anonymous ? null : at,
            RecordedBy = anonymous ? null : recordedBy,
            _scores = checkedScores,
            Score = Math.Round(checkedScores.Average(s => (decimal)s.Score), 2),
            LowestScore = checkedScores.Min(s => s.Score),
            Comment = Require.OptionalText(comment, MaxCommentLength, "comment", "التعليق", "The comment"),
        };
    }

    /// <summary>One score per question, 1 to 5; reasons only from the question's list.</summary>
    private static List<QuestionScore> Check(IReadOnlyList<SurveyQuestion> questions, IReadOnlyList<QuestionScore> scores)
    {
        var result = new List<QuestionScore>();
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            var given = scores.Where(s => s.QuestionId == question.Id).ToList();
            if (given.Count != 1)
            {
                throw new DomainRuleException($"answers[{i}]", $"أجب عن السؤال «{question.TextAr}» مرة واحدة.", $"Answer “{question.TextEn}” once.");
            }

            var score = given[0];
            if (score.Score is < 1 or > 5)
            {
                throw new DomainRuleException($"answers[{i}].score", "التقييم من 1 إلى 5.", "The score is from 1 to 5.");
            }

            var reasons = (score.Reasons ?? []).Distinct(StringComparer.Ordinal).ToList();
            if (reasons.Any(r => question.LowScoreReasons.All(q => q.Code != r)))
            {
                throw new DomainRuleException($"answers[{i}].reasons", "اختر الأسباب من القائمة.", "Pick the reasons from the list.");
            }

            result.Add(new QuestionScore(question.Id, score.Score, score.Score <= LowScore ? reasons : []));
        }

        if (scores.Any(s => questions.All(q => q.Id != s.QuestionId)))
        {
            throw new DomainRuleException("answers", "إجابة عن سؤال ليس في الاستبيان.", "An answer to a question that is not in the survey.");
        }

        return result;
    }
}

/// <summary>A question's score and, on a low score, the reasons picked (their codes).</summary>
public sealed record QuestionScore(Guid QuestionId, int Score, IReadOnlyList<string>? Reasons);
