using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Organization;
using DomatAljandal.Host.Features.Cases;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>
/// The satisfaction picture for managers: answers, the satisfied ones (4 or 5) and the mean score, by service, stage,
/// department, channel or month — never by employee [O-6.3]. By stage, an answer counts for every stage its case went
/// through (a stage's group is the answers of the cases that passed it). A group with fewer than
/// <see cref="SurveyOptions.MinimumGroupSize"/> answers is left out, and the totals count only the groups shown, so a
/// hidden group cannot be worked out by subtraction. The comments shown are those of the groups shown, without names.
/// </summary>
public static class SatisfactionReport
{
    public const int MaxComments = 20;

    public sealed record Query(DateOnly? From, DateOnly? To, SatisfactionGrouping GroupBy) : IRequest<Report>;

    public sealed record Report(DateOnly From, DateOnly To, SatisfactionGrouping GroupBy, int Answers, int Satisfied, decimal? Satisfaction, decimal? Score,
        int Surveys, int SurveysAnswered, decimal? ResponseRate, int HiddenGroups, int MinimumGroupSize, IReadOnlyList<Group> Groups, IReadOnlyList<Comment> Comments);

    /// <param name="Key">The service type's code, the stage id, the department's id, the channel or the month (<c>2026-12</c>).</param>
    /// <param name="NameAr">The group's name in Arabic.</param>
    /// <param name="NameEn">The group's name in English.</param>
    /// <param name="Answers">How many answered.</param>
    /// <param name="Satisfied">How many gave 4 or 5 (the answer's mean score).</param>
    /// <param name="Satisfaction">The satisfied share, in percent.</param>
    /// <param name="Score">The mean score, 1 to 5.</param>
    public sealed record Group(string Key, string NameAr, string NameEn, int Answers, int Satisfied, decimal Satisfaction, decimal Score);

    public sealed record Comment(DateOnly Month, string Group, decimal Score, string Text);

    public sealed class Handler(AppDbContext db, IMediator mediator, IOptions<SurveyOptions> options, TimeProvider clock) : IRequestHandler<Query, Report>
    {
        public async Task<Report> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var to = request.To ?? today;
            var from = request.From ?? new DateOnly(to.Year, to.Month, 1).AddMonths(-11);
            if (from > to)
            {
                throw ProblemException.Validation("from", "بداية المدة قبل نهايتها. / from is on or before to.");
            }

            var firstMonth = new DateOnly(from.Year, from.Month, 1);
            var rows = await db.Set<SurveyAnswer>().AsNoTracking()
                .Where(a => a.Month >= firstMonth && a.Month <= to)
                .Select(a => new Row(a.Id, a.ServiceTypeCode, a.Stage, EF.Property<List<string>>(a, "_stages"), a.DepartmentId, a.Channel, a.Month, a.Score, a.Comment))
                .ToListAsync(cancellationToken);
            var names = await NamesAsync(request.GroupBy, cancellationToken);
            var minimum = options.Value.MinimumGroupSize;
            var all = rows.SelectMany(r => KeysOf(request.GroupBy, r).Select(key => (Key: key, Row: r)))
                .GroupBy(x => x.Key, x => x.Row, StringComparer.Ordinal).ToList();
            var shown = all.Where(g => g.Count() >= minimum).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            var groups = shown.Select(g =>
            {
                var (nameAr, nameEn) = names(g.Key);
                var satisfied = g.Count(r => r.Score >= SurveyAnswer.SatisfiedFrom);
                return new Group(g.Key, nameAr, nameEn, g.Count(), satisfied, Percent(satisfied, g.Count()), Math.Round(g.Average(r => r.Score), 2));
            }).ToList();
            // By stage an answer is in several groups: the totals and comments count it once.
            var shownRows = shown.SelectMany(g => g).DistinctBy(r => r.Id).ToList();
            var comments = shown.SelectMany(g => g.Where(r => r.Comment is not null).Select(r => (Row: r, Comment: new Comment(r.Month, g.Key, r.Score, r.Comment!))))
                .DistinctBy(c => c.Row.Id).Select(c => c.Comment)
                .OrderByDescending(c => c.Month).ThenBy(c => c.Score).Take(MaxComments).ToList();

            var fromInstant = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var toInstant = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var sent = db.Set<CaseSurvey>().AsNoTracking().Where(s => s.CreatedAt >= fromInstant && s.CreatedAt < toInstant);
            var surveyCount = await sent.CountAsync(cancellationToken);
            var answeredCount = await sent.CountAsync(s => s.AnsweredAt != null, cancellationToken);
            var satisfiedTotal = shownRows.Count(r => r.Score >= SurveyAnswer.SatisfiedFrom);
            return new Report(from, to, request.GroupBy, shownRows.Count, satisfiedTotal,
                shownRows.Count == 0 ? null : Percent(satisfiedTotal, shownRows.Count),
                shownRows.Count == 0 ? null : Math.Round(shownRows.Average(r => r.Score), 2),
                surveyCount, answeredCount, surveyCount == 0 ? null : Percent(answeredCount, surveyCount),
                all.Count - shown.Count, minimum, groups, comments);
        }

        private static decimal Percent(int part, int whole) => Math.Round(100m * part / whole, 1);

        /// <summary>The groups an answer counts in: one, except by stage — each stage its case went through (answers from before stages were kept: the closing one).</summary>
        private static IEnumerable<string> KeysOf(SatisfactionGrouping groupBy, Row r) => groupBy switch
        {
            SatisfactionGrouping.Service => [r.ServiceTypeCode],
            SatisfactionGrouping.Stage => r.Stages is { Count: > 0 } stages ? stages.Distinct(StringComparer.Ordinal) : [r.Stage ?? "-"],
            SatisfactionGrouping.Department => [r.DepartmentId?.ToString() ?? "-"],
            SatisfactionGrouping.Channel => [r.Channel.ToString()],
            _ => [r.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)],
        };

        private async Task<Func<string, (string Ar, string En)>> NamesAsync(SatisfactionGrouping groupBy, CancellationToken cancellationToken)
        {
            switch (groupBy)
            {
                case SatisfactionGrouping.Service:
                    var services = await db.Set<ServiceType>().AsNoTracking().Select(t => new { t.Code, t.NameAr, t.NameEn }).ToListAsync(cancellationToken);
                    return key => services.FirstOrDefault(s => s.Code == key) is { } s ? (s.NameAr, s.NameEn) : (key, key);
                case SatisfactionGrouping.Department:
                    var departments = await db.Set<Department>().AsNoTracking().Select(d => new { d.Id, d.NameAr, d.NameEn }).ToListAsync(cancellationToken);
                    return key => departments.FirstOrDefault(d => d.Id.ToString() == key) is { } d ? (d.NameAr, d.NameEn) : ("بلا إدارة", "No department");
                case SatisfactionGrouping.Stage:
                    var stages = await mediator.Send(new ListCaseStages.Query(), cancellationToken);
                    return key => stages.FirstOrDefault(s => s.Id == key) is { } s ? (s.NameAr, s.NameEn) : key == "-" ? ("بلا مرحلة", "No stage") : (key, key);
                case SatisfactionGrouping.Channel:
                    return key => Enum.TryParse<Channel>(key, out var channel) ? (ChannelNames.Arabic(channel), ChannelNames.English(channel)) : (key, key);
                default:
                    // A month ("2026-11") in each language's digits.
                    return key => (Domain.Text.ArabicText.ToArabicIndicDigits(key), key);
            }
        }

        private sealed record Row(Guid Id, string ServiceTypeCode, string? Stage, List<string>? Stages, Guid? DepartmentId, Channel Channel, DateOnly Month, decimal Score, string? Comment);
    }
}

/// <summary>What the satisfaction report is broken down by (<c>groupBy</c>).</summary>
public enum SatisfactionGrouping
{
    Service = 1,
    Stage = 2,
    Department = 3,
    Channel = 4,
    Month = 5,
}
