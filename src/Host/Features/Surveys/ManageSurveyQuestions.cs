using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// Admins set a service type's survey questions (1–5 scale each, reasons offered on a low score, Arabic and English);
/// the set is replaced whole, and an empty set goes back to the defaults. Answers already given keep their scores. The
/// free comment is turned on or off with them (left as it is when not given).
/// </summary>
public static class ManageSurveyQuestions
{
    public const int MaxQuestions = 10;

    public sealed record Get(string ServiceTypeCode) : IRequest<QuestionSet>;

    public sealed record Replace(string ServiceTypeCode, IReadOnlyList<QuestionInput>? Questions, bool? AllowsComment = null) : IRequest<QuestionSet>;

    public sealed record QuestionInput(string? TextAr, string? TextEn, IReadOnlyList<SurveyReason>? LowScoreReasons);

    public sealed record QuestionSet(string ServiceTypeCode, bool IsDefault, bool AllowsComment, IReadOnlyList<SurveyQuestionDto> Questions);

    public sealed class Handler(AppDbContext db, SurveyQuestionnaire questionnaire, AuditTrail audit) :
        IRequestHandler<Get, QuestionSet>,
        IRequestHandler<Replace, QuestionSet>
    {
        public async Task<QuestionSet> Handle(Get request, CancellationToken cancellationToken)
        {
            await EnsureServiceAsync(request.ServiceTypeCode, cancellationToken);
            return await SetAsync(request.ServiceTypeCode, cancellationToken);
        }

        public async Task<QuestionSet> Handle(Replace request, CancellationToken cancellationToken)
        {
            await EnsureServiceAsync(request.ServiceTypeCode, cancellationToken);
            var inputs = request.Questions ?? [];
            if (inputs.Count > MaxQuestions)
            {
                throw ProblemException.Validation("questions", $"عشرة أسئلة على الأكثر. / At most {MaxQuestions} questions.");
            }

            var questions = inputs.Select((q, i) => SurveyQuestion.Create(request.ServiceTypeCode, i + 1, q.TextAr, q.TextEn, q.LowScoreReasons)).ToList();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                db.RemoveRange(await db.Set<SurveyQuestion>().Where(q => q.ServiceTypeCode == request.ServiceTypeCode).ToListAsync(ct));
                // Removed before the new positions are inserted: the unique (service, position) index is checked per statement.
                await db.SaveChangesAsync(ct);
                db.AddRange(questions);
                if (request.AllowsComment is { } allowsComment)
                {
                    var settings = await db.Set<SurveySettings>().FirstOrDefaultAsync(s => s.ServiceTypeCode == request.ServiceTypeCode, ct);
                    if (settings is null)
                    {
                        db.Add(SurveySettings.For(request.ServiceTypeCode, allowsComment));
                    }
                    else
                    {
                        settings.Change(allowsComment);
                    }
                }

                audit.Record(AuditAction.Updated, "SurveyQuestions", request.ServiceTypeCode, new { questions = questions.Count, allowsComment = request.AllowsComment });
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
            return await SetAsync(request.ServiceTypeCode, cancellationToken);
        }

        private async Task<QuestionSet> SetAsync(string code, CancellationToken cancellationToken)
        {
            var questions = await questionnaire.ForAsync(code, cancellationToken);
            var isDefault = !await db.Set<SurveyQuestion>().AnyAsync(q => q.ServiceTypeCode == code, cancellationToken);
            return new QuestionSet(code, isDefault, await questionnaire.AllowsCommentAsync(code, cancellationToken), [.. questions.Select(SurveyQuestionDto.From)]);
        }

        private async Task EnsureServiceAsync(string code, CancellationToken cancellationToken)
        {
            if (!await db.Set<ServiceType>().AnyAsync(t => t.Code == code, cancellationToken))
            {
                throw new ProblemException(StatusCodes.Status404NotFound, "Not found.", "لا توجد خدمة بهذا الرمز. / There is no such service type.");
            }
        }
    }
}
