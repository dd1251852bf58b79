using DomatAljandal.Domain;
using DomatAljandal.Domain.Text;

namespace DomatAljandal.Host.Features.Outreach.Knowledge;

/// <summary>
/// سؤال وجواب — an answer to a common question, Arabic first with an optional English version, found through
/// <see cref="SearchText"/> (normalized with <see cref="ArabicText"/>, as the member search is). Members see the
/// published ones; every answer counts how often it was found helpful.
/// </summary>
public sealed class KnowledgeArticle
{
    public const int MaxQuestionLength = 300;
    public const int MaxAnswerLength = 4000;

    private KnowledgeArticle()
    {
        Question = Answer = Category = SearchText = CreatedBy = null!;
    }

    public Guid Id { get; private set; }

    public string Question { get; private set; }

    public string Answer { get; private set; }

    public string? QuestionEn { get; private set; }

    public string? AnswerEn { get; private set; }

    public string Category { get; private set; }

    /// <summary>False: staff only (a draft, or an internal answer).</summary>
    public bool IsPublished { get; private set; }

    /// <summary>Every text of the article through <see cref="ArabicText.Normalize"/>, for <c>Contains</c> searches.</summary>
    public string SearchText { get; private set; }

    public int HelpfulCount { get; private set; }

    public int NotHelpfulCount { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static KnowledgeArticle Write(string question, string answer, string? questionEn, string? answerEn, string category, bool published,
        string actor, DateTimeOffset now)
    {
        var article = new KnowledgeArticle { Id = Guid.CreateVersion7(), CreatedBy = actor, CreatedAt = now };
        article.Rewrite(question, answer, questionEn, answerEn, category, published, now);
        return article;
    }

    public void Rewrite(string question, string answer, string? questionEn, string? answerEn, string category, bool published, DateTimeOffset now)
    {
        Question = Require.Text(question, MaxQuestionLength, "question", "السؤال", "The question");
        Answer = Require.Text(answer, MaxAnswerLength, "answer", "الجواب", "The answer");
        QuestionEn = Require.OptionalText(questionEn, MaxQuestionLength, "questionEn", "السؤال بالإنجليزية", "The English question");
        AnswerEn = Require.OptionalText(answerEn, MaxAnswerLength, "answerEn", "الجواب بالإنجليزية", "The English answer");
        Category = Require.OptionalText(category, 100, "category", "التصنيف", "The category") ?? "عام";
        IsPublished = published;
        SearchText = ArabicText.Normalize(string.Join(' ', Question, Answer, QuestionEn, AnswerEn, Category));
        UpdatedAt = now;
    }

    public void Rate(bool helpful)
    {
        if (helpful)
        {
            HelpfulCount++;
        }
        else
        {
            NotHelpfulCount++;
        }
    }
}
