using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Host.Features.Cases;
using DomatAljandal.Host.Features.Departments;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Portal;
using DomatAljandal.Host.Features.Reports.Stages;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Scheduling;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// The member's open surveys on the portal and their answer (a POST — the confirming tap; opening the link answers
/// nothing), and an answer an officer records from a phone call or a visit, with its channel. An anonymous answer is
/// stored without the survey, member or case (<see cref="SurveyAnswer"/>). A lowest score of 2 or less opens a
/// follow-up for the department's manager, due in 2 working days, and emails the department's managers of it.
/// </summary>
public static class AnswerSurvey
{
    public sealed record ListMine(Guid MemberId, int? Page = null, int? PageSize = null) : IRequest<Paged<OpenSurveyDto>>;

    public sealed record GetMine(Guid MemberId, Guid SurveyId) : IRequest<OpenSurveyDto>;

    /// <summary>The member answers on the portal (<paramref name="MemberId"/> set), or an officer records it (<paramref name="RecordedBy"/> and <paramref name="Channel"/> set).</summary>
    public sealed record Answer(Guid SurveyId, Guid? MemberId, IReadOnlyList<ScoreInput>? Answers, string? Comment, bool Anonymous, string? Channel, string? RecordedBy)
        : IRequest<AnswerReceipt>;

    public sealed record ScoreInput(Guid? QuestionId, int? Score, IReadOnlyList<string>? Reasons);

    public sealed record OpenSurveyDto(Guid Id, Guid CaseId, string CaseReference, string ServiceNameAr, string ServiceNameEn, DateTimeOffset ClosesAt,
        bool Answered, bool AllowsComment, IReadOnlyList<SurveyQuestionDto> Questions);

    /// <summary>What the member is shown after answering. No answer id: an anonymous answer cannot be traced back from it.</summary>
    public sealed record AnswerReceipt(Guid SurveyId, bool Anonymous, bool FollowUpOpened);

    public sealed class Handler(AppDbContext db, SurveyQuestionnaire questionnaire, IDepartmentDirectory departments, IWorkingCalendar calendar,
        IMemberNotifier notifier, IOptions<SurveyOptions> options, IOptions<CaseOptions> caseOptions, TimeProvider clock) :
        IRequestHandler<ListMine, Paged<OpenSurveyDto>>,
        IRequestHandler<GetMine, OpenSurveyDto>,
        IRequestHandler<Answer, AnswerReceipt>
    {
        public async Task<Paged<OpenSurveyDto>> Handle(ListMine request, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var page = await PageRequest.Of(request.Page, request.PageSize).ReadAsync(
                db.Set<CaseSurvey>().AsNoTracking().Where(s => s.MemberId == request.MemberId && s.AnsweredAt == null && s.ClosesAt > now)
                    .OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id),
                cancellationToken);
            var items = new List<OpenSurveyDto>();
            foreach (var survey in page.Items)
            {
                items.Add(await ToDtoAsync(survey, cancellationToken));
            }

            return new Paged<OpenSurveyDto>(items, page.Page, page.PageSize, page.Total);
        }

        public async Task<OpenSurveyDto> Handle(GetMine request, CancellationToken cancellationToken) =>
            await ToDtoAsync(await db.Set<CaseSurvey>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SurveyId && s.MemberId == request.MemberId, cancellationToken)
                             ?? throw PortalProblems.NotFound(), cancellationToken);

        public async Task<AnswerReceipt> Handle(Answer request, CancellationToken cancellationToken)
        {
            var survey = await db.Set<CaseSurvey>().FirstOrDefaultAsync(
                             s => s.Id == request.SurveyId && (request.MemberId == null || s.MemberId == request.MemberId), cancellationToken)
                         ?? throw (request.MemberId is null ? SurveyProblems.NotFound() : PortalProblems.NotFound());
            var now = clock.GetUtcNow();
            if (survey.IsAnswered)
            {
                throw SurveyProblems.AlreadyAnswered();
            }

            if (!survey.IsOpenAt(now))
            {
                throw SurveyProblems.Closed();
            }

            var channel = request.RecordedBy is null ? Channel.Website : EnumInput.Parse<Channel>(request.Channel, "channel");
            var questions = await questionnaire.ForAsync(survey.ServiceTypeCode, cancellationToken);
            var scores = (request.Answers ?? []).Select((a, i) => new QuestionScore(
                a.QuestionId ?? throw ProblemException.Validation($"answers[{i}].questionId", "اختر السؤال. / The question is required."),
                a.Score ?? throw ProblemException.Validation($"answers[{i}].score", "التقييم من 1 إلى 5. / The score is from 1 to 5."),
                a.Reasons)).ToList();
            if (!string.IsNullOrWhiteSpace(request.Comment) && !await questionnaire.AllowsCommentAsync(survey.ServiceTypeCode, cancellationToken))
            {
                throw ProblemException.Validation("comment", "لا يطلب هذا الاستبيان تعليقًا. / This survey takes no comment.");
            }

            var department = await departments.DepartmentOfCaseAsync(survey.CaseId, cancellationToken);
            var stages = await db.Set<CaseStageVisit>().AsNoTracking().Where(v => v.CaseId == survey.CaseId)
                .OrderBy(v => v.EnteredAt).Select(v => v.StageId).ToListAsync(cancellationToken);
            var answer = SurveyAnswer.Record(survey, questions, scores, request.Comment, request.Anonymous, channel, department,
                request.RecordedBy, now, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, DualDate.Riyadh).DateTime), stages);
            survey.MarkAnswered(now, request.Anonymous);
            db.Add(answer);
            if (answer.NeedsFollowUp)
            {
                var followUp = SurveyFollowUp.For(answer, now, await calendar.AddWorkingDaysAsync(now, options.Value.FollowUpWorkingDays, cancellationToken));
                db.Add(followUp);
                await TellManagersAsync(followUp, answer, cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same survey answered twice at once: the unique survey id (or the concurrent row) refuses the second.
                throw SurveyProblems.AlreadyAnswered();
            }

            return new AnswerReceipt(survey.Id, answer.Anonymous, answer.NeedsFollowUp);
        }

        /// <summary>
        /// The department's managers (every manager when it has none) are emailed through the outbox, in the same save as
        /// the answer. An anonymous answer's email names no request.
        /// </summary>
        private async Task TellManagersAsync(SurveyFollowUp followUp, SurveyAnswer answer, CancellationToken cancellationToken)
        {
            var service = await db.Set<ServiceType>().AsNoTracking().Where(t => t.Code == answer.ServiceTypeCode)
                .Select(t => new { t.NameAr, t.NameEn }).FirstOrDefaultAsync(cancellationToken);
            var reference = answer.CaseId is { } caseId
                ? await db.Set<ServiceCase>().AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Reference).FirstOrDefaultAsync(cancellationToken)
                : null;
            var values = new Dictionary<string, object?>
            {
                ["serviceName"] = service is null ? (answer.ServiceTypeCode, answer.ServiceTypeCode) : (service.NameAr, service.NameEn),
                ["score"] = answer.LowestScore,
                ["dueAt"] = followUp.DueAt,
                ["reference"] = reference?.Value,
                ["comment"] = answer.Comment,
                ["followUpsUrl"] = caseOptions.Value.PublicBaseUrl is { } url ? $"{url.TrimEnd('/')}/reports/satisfaction" : null,
            };
            await notifier.EnqueueForStaffAsync(await departments.ManagerEmailsAsync(followUp.DepartmentId, cancellationToken),
                NotificationTemplateKeys.SurveyFollowUpOpened, values, answer.CaseId, $"survey-follow-up-opened:{followUp.Id:N}", cancellationToken: cancellationToken);
        }

        private async Task<OpenSurveyDto> ToDtoAsync(CaseSurvey survey, CancellationToken cancellationToken)
        {
            var serviceCase = await db.Set<ServiceCase>().AsNoTracking().Where(c => c.Id == survey.CaseId)
                .Select(c => new { c.Reference }).FirstAsync(cancellationToken);
            var service = await db.Set<ServiceType>().AsNoTracking().Where(t => t.Code == survey.ServiceTypeCode)
                .Select(t => new { t.NameAr, t.NameEn }).FirstOrDefaultAsync(cancellationToken);
            var questions = await questionnaire.ForAsync(survey.ServiceTypeCode, cancellationToken);
            return new OpenSurveyDto(survey.Id, survey.CaseId, serviceCase.Reference.Value, service?.NameAr ?? survey.ServiceTypeCode,
                service?.NameEn ?? survey.ServiceTypeCode, survey.ClosesAt, survey.IsAnswered,
                await questionnaire.AllowsCommentAsync(survey.ServiceTypeCode, cancellationToken), [.. questions.Select(SurveyQuestionDto.From)]);
        }
    }
}
