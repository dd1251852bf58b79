using DomatAljandal.Domain;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// سؤال الاستبيان — one question of the satisfaction survey of a service type, set by admins: answered on a 1–5 scale,
/// with the reasons offered when the score is low, Arabic and English. A service type without its own questions uses
/// <see cref="Defaults"/>.
/// </summary>
public sealed class SurveyQuestion
{
    public const int MaxTextLength = 300;
    public const int MaxReasons = 10;

    private List<SurveyReason> _lowScoreReasons = [];

    private SurveyQuestion()
    {
        ServiceTypeCode = TextAr = TextEn = null!;
    }

    public Guid Id { get; private set; }

    public string ServiceTypeCode { get; private set; }

    /// <summary>Order of the question in the survey, from 1.</summary>
    public int Position { get; private set; }

    public string TextAr { get; private set; }

    public string TextEn { get; private set; }

    /// <summary>Offered to pick from when the score is 2 or less.</summary>
    public IReadOnlyList<SurveyReason> LowScoreReasons => _lowScoreReasons.AsReadOnly();

    /// <summary>The questions every service type asks until an admin sets its own.</summary>
    public static IReadOnlyList<SurveyQuestion> Defaults(string serviceTypeCode) =>
    [
        Create(DefaultId(serviceTypeCode, 1), serviceTypeCode, 1, "ما مدى رضاك عن الخدمة بشكل عام؟", "How satisfied are you with the service overall?",
        [
            new("slow", "طول مدة الإنجاز", "It took too long"),
            new("unclear", "عدم وضوح الإجراءات", "The steps were not clear"),
            new("contact", "ضعف التواصل معي", "I was not kept informed"),
            new("outcome", "النتيجة لم تلبِّ حاجتي", "The outcome did not meet my need"),
        ]),
        Create(DefaultId(serviceTypeCode, 2), serviceTypeCode, 2, "ما مدى رضاك عن تعامل الموظفين؟", "How satisfied are you with how the staff treated you?",
        [
            new("courtesy", "أسلوب التعامل", "The way I was treated"),
            new("knowledge", "عدم معرفة الموظف بالإجراء", "The staff did not know the procedure"),
        ]),
    ];

    public static SurveyQuestion Create(string serviceTypeCode, int position, string? textAr, string? textEn, IReadOnlyList<SurveyReason>? reasons) =>
        Create(Guid.NewGuid(), serviceTypeCode, position, textAr, textEn, reasons);

    /// <summary>A default question's id is the same on every read, so a portal answer can name it.</summary>
    private static Guid DefaultId(string serviceTypeCode, int position) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"survey-question:{serviceTypeCode}:{position}")).AsSpan(0, 16));

    private static SurveyQuestion Create(Guid id, string serviceTypeCode, int position, string? textAr, string? textEn, IReadOnlyList<SurveyReason>? reasons)
    {
        var field = $"questions[{position - 1}]";
        if ((reasons?.Count ?? 0) > MaxReasons)
        {
            throw new DomainRuleException($"{field}.lowScoreReasons", $"عشرة أسباب على الأكثر لكل سؤال.", $"At most {MaxReasons} reasons a question.");
        }

        var checkedReasons = (reasons ?? []).Select((r, i) => new SurveyReason(
            Require.Text(r.Code, 40, $"{field}.lowScoreReasons[{i}].code", "رمز السبب", "The reason's code"),
            Require.Text(r.TextAr, MaxTextLength, $"{field}.lowScoreReasons[{i}].textAr", "نص السبب", "The reason's Arabic text"),
            Require.Text(r.TextEn, MaxTextLength, $"{field}.lowScoreReasons[{i}].textEn", "نص السبب بالإنجليزية", "The reason's English text"))).ToList();
        if (checkedReasons.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count() != checkedReasons.Count)
        {
            throw new DomainRuleException($"{field}.lowScoreReasons", "رموز الأسباب لا تتكرر.", "Reason codes are unique within a question.");
        }

        return new SurveyQuestion
        {
            Id = id,
            ServiceTypeCode = serviceTypeCode,
            Position = position,
            TextAr = Require.Text(textAr, MaxTextLength, $"{field}.textAr", "نص السؤال", "The question's Arabic text"),
            TextEn = Require.Text(textEn, MaxTextLength, $"{field}.textEn", "نص السؤال بالإنجليزية", "The question's English text"),
            _lowScoreReasons = checkedReasons,
        };
    }
}

/// <summary>A reason offered on a low score: a stable code and its wording.</summary>
public sealed record SurveyReason(string Code, string TextAr, string TextEn);
