using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Surveys;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Surveys;

/// <summary>The satisfaction report's figures for a known set of answers, in a month of their own, and its small groups hidden.</summary>
public abstract class SatisfactionReportTests(CasesHost host)
{
    private static readonly DateOnly Month = new(2020, 1, 1);

    [SkippableFact]
    public async Task The_report_gives_each_groups_answers_satisfied_and_score_and_hides_a_group_of_four()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        string support, other;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var types = await db.Set<ServiceType>().AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Code).Take(2).ToListAsync();
            support = types[0].Code;
            other = types[1].Code;
            // Five answers for the first service (means 5, 4, 3, 2, 5: three satisfied, mean 3.8), four for the second.
            foreach (var (type, score, channel) in new[]
                     {
                         (types[0], 5, Channel.Website), (types[0], 4, Channel.Website), (types[0], 3, Channel.Phone), (types[0], 2, Channel.Website),
                         (types[0], 5, Channel.Website), (types[1], 1, Channel.Website), (types[1], 1, Channel.Phone), (types[1], 5, Channel.Website),
                         (types[1], 4, Channel.Website),
                     })
            {
                db.Add(Answer(type, score, channel, comment: score <= 2 ? $"تعليق {type.Code}" : null));
            }

            await db.SaveChangesAsync();
        }

        var byService = await (await desk.Manager.GetAsync("/api/reports/satisfaction?from=2020-01-01&to=2020-01-31&groupBy=service")).JsonAsync(HttpStatusCode.OK);
        var group = Assert.Single(byService.GetProperty("groups").EnumerateArray());
        Assert.Equal(support, group.GetProperty("key").GetString());
        Assert.Equal(5, group.GetProperty("answers").GetInt32());
        Assert.Equal(3, group.GetProperty("satisfied").GetInt32());
        Assert.Equal(3.8m, group.GetProperty("score").GetDecimal());
        Assert.Equal(60.0m, group.GetProperty("satisfaction").GetDecimal());
        Assert.Equal(1, byService.GetProperty("hiddenGroups").GetInt32());
        // Totals count only what is shown, so the hidden group cannot be worked out from them.
        Assert.Equal(5, byService.GetProperty("answers").GetInt32());
        Assert.Equal(3.8m, byService.GetProperty("score").GetDecimal());
        var comments = byService.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ToList();
        Assert.Contains($"تعليق {support}", comments);
        Assert.DoesNotContain($"تعليق {other}", comments);

        var byChannel = await (await desk.Manager.GetAsync("/api/reports/satisfaction?from=2020-01-01&to=2020-01-31&groupBy=channel")).JsonAsync(HttpStatusCode.OK);
        var website = Assert.Single(byChannel.GetProperty("groups").EnumerateArray());
        Assert.Equal("Website", website.GetProperty("key").GetString());
        Assert.Equal(7, website.GetProperty("answers").GetInt32());
        Assert.Equal(5, website.GetProperty("satisfied").GetInt32());
        Assert.Equal(Math.Round(26m / 7, 2), website.GetProperty("score").GetDecimal());

        var byMonth = await (await desk.Manager.GetAsync("/api/reports/satisfaction?from=2020-01-01&to=2020-01-31&groupBy=month")).JsonAsync(HttpStatusCode.OK);
        var month = Assert.Single(byMonth.GetProperty("groups").EnumerateArray());
        Assert.Equal("2020-01", month.GetProperty("key").GetString());
        Assert.Equal(9, month.GetProperty("answers").GetInt32());
        Assert.Equal(5, month.GetProperty("satisfied").GetInt32());

        var bad = await (await desk.Manager.GetAsync("/api/reports/satisfaction?groupBy=employee")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("groupBy", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Manager.GetAsync("/api/reports/satisfaction?from=2020-02-01&to=2020-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync("/api/reports/satisfaction")).StatusCode);
        var empty = await (await desk.Manager.GetAsync("/api/reports/satisfaction?from=2019-01-01&to=2019-01-31&groupBy=department")).JsonAsync(HttpStatusCode.OK);
        Assert.Empty(empty.GetProperty("groups").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("score").ValueKind);
    }

    [SkippableFact]
    public async Task By_stage_an_answer_counts_for_every_stage_its_case_went_through_and_a_stage_of_four_answers_is_hidden()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var february = new DateOnly(2020, 2, 1);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var type = await db.Set<ServiceType>().AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Code).FirstAsync();
            // Five cases went through intake and review (5, 5, 4, 2, 1), four through intake and a site visit (5, 5, 5, 4).
            foreach (var score in new[] { 5, 5, 4, 2, 1 })
            {
                db.Add(Answer(type, score, Channel.Website, comment: score == 1 ? "مراجعة بطيئة" : null, ["intake", "review"], february));
            }

            foreach (var score in new[] { 5, 5, 5, 4 })
            {
                db.Add(Answer(type, score, Channel.Website, comment: null, ["intake", "site-visit"], february));
            }

            await db.SaveChangesAsync();
        }

        var byStage = await (await desk.Manager.GetAsync("/api/reports/satisfaction?from=2020-02-01&to=2020-02-29&groupBy=stage")).JsonAsync(HttpStatusCode.OK);
        var groups = byStage.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!);
        Assert.Equal(["intake", "review"], groups.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(9, groups["intake"].GetProperty("answers").GetInt32());
        Assert.Equal(7, groups["intake"].GetProperty("satisfied").GetInt32());
        Assert.Equal(Math.Round(36m / 9, 2), groups["intake"].GetProperty("score").GetDecimal());
        Assert.Equal(5, groups["review"].GetProperty("answers").GetInt32());
        Assert.Equal(3, groups["review"].GetProperty("satisfied").GetInt32());
        Assert.Equal(3.4m, groups["review"].GetProperty("score").GetDecimal());
        Assert.Equal(1, byStage.GetProperty("hiddenGroups").GetInt32());
        // Each answer is counted once in the totals and its comment shown once, though it is in two groups.
        Assert.Equal(9, byStage.GetProperty("answers").GetInt32());
        Assert.Single(byStage.GetProperty("comments").EnumerateArray(), c => c.GetProperty("text").GetString() == "مراجعة بطيئة");
    }

    [SkippableFact]
    public async Task The_results_export_as_a_right_to_left_workbook_of_real_numbers_and_dates_without_the_group_of_four()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var march = new DateOnly(2020, 3, 1);
        string first;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var types = await db.Set<ServiceType>().AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Code).Take(2).ToListAsync();
            first = types[0].NameAr;
            foreach (var score in new[] { 5, 4, 3, 2, 5 })
            {
                db.Add(Answer(types[0], score, Channel.Website, comment: score == 2 ? "تأخر التسليم كثيرًا" : null, month: march));
            }

            foreach (var score in new[] { 1, 1, 5, 4 })
            {
                db.Add(Answer(types[1], score, Channel.Phone, comment: null, month: march));
            }

            await db.SaveChangesAsync();
        }

        using var response = await desk.Manager.GetAsync("/api/reports/satisfaction?from=2020-03-01&to=2020-03-31&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new Reports.Workbook(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["الملخص", "حسب الخدمة", "حسب المرحلة", "حسب الإدارة", "حسب القناة", "حسب الشهر", "التعليقات"], workbook.SheetNames);
        Assert.All(Enumerable.Range(0, 7), i => Assert.True(workbook.IsRightToLeft(i)));

        // The summary: from (date, Hijri), to (date, Hijri), then the figures of the shown months.
        Assert.Equal(new DateTime(2020, 3, 1), workbook.Date(0, "A2"));
        Assert.Equal(new DateTime(2020, 3, 31), workbook.Date(0, "C2"));
        Assert.Equal(9, workbook.Number(0, "E2"));

        // By service: the group of four is not in the workbook at all.
        Assert.Equal(2, workbook.RowCount(1));
        Assert.Equal(first, workbook.Text(1, "A2"));
        Assert.Equal(5, workbook.Number(1, "B2"));
        Assert.Equal(3, workbook.Number(1, "C2"));
        Assert.Equal(0.6, workbook.Number(1, "D2"), 6);
        Assert.Equal(3.8, workbook.Number(1, "E2"), 6);
        // By channel: the four by phone are hidden, the five on the website shown.
        Assert.Equal(2, workbook.RowCount(4));
        Assert.Equal("الموقع الإلكتروني", workbook.Text(4, "A2"));

        // By month: a real date, then its Hijri beside it.
        Assert.Equal(new DateTime(2020, 3, 1), workbook.Date(5, "A2"));
        Assert.Equal(9, workbook.Number(5, "C2"));
        Assert.Equal("تأخر التسليم كثيرًا", workbook.Text(6, "D2"));
        Assert.Equal(2, workbook.Number(6, "C2"));
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync("/api/reports/satisfaction?format=xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Manager.GetAsync("/api/reports/satisfaction?format=pdf")).StatusCode);
    }

    /// <summary>An answer as a closed case's survey would record it, both default questions given <paramref name="score"/>.</summary>
    private static SurveyAnswer Answer(ServiceType type, int score, Channel channel, string? comment, IReadOnlyList<string>? stages = null, DateOnly? month = null)
    {
        var at = new DateTimeOffset(2020, 1, 15, 9, 0, 0, TimeSpan.Zero);
        var serviceCase = ServiceCase.Open(CaseReference.Create(1441, Random.Shared.Next(1, 999_999)), Guid.NewGuid(), type, Channel.Website, null, at);
        serviceCase.Cancel("انتهى", "test", at);
        var survey = CaseSurvey.For(serviceCase, at, 28);
        var questions = SurveyQuestion.Defaults(type.Code);
        return SurveyAnswer.Record(survey, questions, [.. questions.Select(q => new QuestionScore(q.Id, score, null))], comment, anonymous: true, channel,
            null, null, at, month ?? Month, stages);
    }
}

public sealed class SqliteSatisfactionReportTests(SqliteCasesHost host) : SatisfactionReportTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresSatisfactionReportTests(PostgresCasesHost host) : SatisfactionReportTests(host), IClassFixture<PostgresCasesHost>;
