using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Surveys;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Surveys;

/// <summary>Satisfaction surveys: opened when a case closes, answered on the portal or recorded by staff, anonymous when the member wants, unhappy answers followed up.</summary>
public abstract class SurveyTests(CasesHost host)
{
    private static readonly object SupportData = new { supportKind = "خلايا نحل", hiveCount = 40, justification = "تعويض خسائر الشتاء" };

    [SkippableFact]
    public async Task A_survey_is_created_when_a_case_closes_and_answered_in_the_portal_while_a_scanner_opening_the_link_answers_nothing()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _c = client;
        var caseId = await ClosedRequestAsync(client);

        var open = await (await client.GetAsync("/api/portal/surveys")).JsonAsync(HttpStatusCode.OK);
        var survey = Assert.Single(open.GetProperty("items").EnumerateArray());
        Assert.Equal(caseId, survey.GetProperty("caseId").GetGuid());
        var questions = survey.GetProperty("questions").EnumerateArray().ToList();
        Assert.NotEmpty(questions);
        var surveyId = survey.GetProperty("id").GetGuid();

        // The invitation goes through the outbox with the link; a second sweep sends nothing more.
        Assert.True(await SweepAsync(app) >= 1);
        var invitation = await OutboxAsync(app, $"survey:{surveyId:N}:{NotificationTemplateKeys.SurveyInvitation}");
        Assert.Contains($"/portal/surveys/{surveyId}", invitation.BodyText, StringComparison.Ordinal);
        Assert.EndsWith(member.Mobile[2..], invitation.Recipient, StringComparison.Ordinal);

        // A link scanner follows the link (no session, then as the member): nothing is answered.
        using (var scanner = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = true }))
        {
            await scanner.GetAsync($"/portal/surveys/{surveyId}");
        }

        await client.GetAsync($"/portal/surveys/{surveyId}");
        (await client.GetAsync($"/api/portal/surveys/{surveyId}")).EnsureSuccessStatusCode();
        Assert.Null((await SurveyAsync(app, surveyId)).AnsweredAt);

        // The one reminder, a week later; never a second.
        app.Clock.Advance(TimeSpan.FromDays(8));
        await SweepAsync(app);
        await OutboxAsync(app, $"survey:{surveyId:N}:{NotificationTemplateKeys.SurveyReminder}");
        app.Clock.Advance(TimeSpan.FromDays(8));
        await SweepAsync(app);
        Assert.Equal(2, await CountOutboxAsync(app, $"survey:{surveyId:N}:"));

        using var member2 = await PortalPeople.ClientAsync(app, (await MemberEmailAsync(app, member.Id))!, PortalPeople.Password);
        var answered = await (await member2.PostAsJsonAsync($"/api/portal/surveys/{surveyId}", new
        {
            answers = questions.Select(q => new { questionId = q.GetProperty("id").GetGuid(), score = 5 }),
            comment = "خدمة ممتازة وسريعة",
            anonymous = false,
        })).JsonAsync(HttpStatusCode.OK);
        Assert.False(answered.GetProperty("anonymous").GetBoolean());
        Assert.False(answered.GetProperty("followUpOpened").GetBoolean());
        Assert.Empty((await (await member2.GetAsync("/api/portal/surveys")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.Conflict, (await member2.PostAsJsonAsync($"/api/portal/surveys/{surveyId}", new
        {
            answers = questions.Select(q => new { questionId = q.GetProperty("id").GetGuid(), score = 1 }),
        })).StatusCode);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Set<CaseSurvey>().CountAsync(s => s.CaseId == caseId));
        var answer = await db.Set<SurveyAnswer>().AsNoTracking().SingleAsync(a => a.SurveyId == surveyId);
        Assert.Equal(member.Id, answer.MemberId);
        Assert.Equal(caseId, answer.CaseId);
        Assert.Equal(Channel.Website, answer.Channel);
        Assert.Equal(5m, answer.Score);
        Assert.Equal("خدمة ممتازة وسريعة", answer.Comment);
    }

    [SkippableFact]
    public async Task An_anonymous_answer_is_stored_without_the_member_or_case_and_its_low_score_opens_a_follow_up_due_in_two_working_days()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _c = client;
        var caseId = await ClosedRequestAsync(client);
        var survey = Assert.Single((await (await client.GetAsync("/api/portal/surveys")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        var surveyId = survey.GetProperty("id").GetGuid();
        var questions = survey.GetProperty("questions").EnumerateArray().ToList();
        var first = questions[0];
        var reason = first.GetProperty("lowScoreReasons")[0].GetProperty("code").GetString();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/portal/surveys/{surveyId}", new
        {
            answers = questions.Select(q => new { questionId = q.GetProperty("id").GetGuid(), score = 9 }),
        })).StatusCode);
        var now = app.Clock.GetUtcNow();
        var receipt = await (await client.PostAsJsonAsync($"/api/portal/surveys/{surveyId}", new
        {
            answers = questions.Select((q, i) => new { questionId = q.GetProperty("id").GetGuid(), score = i == 0 ? 1 : 3, reasons = i == 0 ? new[] { reason } : null }),
            comment = "طال الانتظار",
            anonymous = true,
        })).JsonAsync(HttpStatusCode.OK);
        Assert.True(receipt.GetProperty("anonymous").GetBoolean());
        Assert.True(receipt.GetProperty("followUpOpened").GetBoolean());

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var answer = await db.Set<SurveyAnswer>().AsNoTracking().SingleAsync(a => a.Comment == "طال الانتظار");
            Assert.True(answer.Anonymous);
            Assert.Null(answer.SurveyId);
            Assert.Null(answer.MemberId);
            Assert.Null(answer.CaseId);
            Assert.Null(answer.AnsweredAt);
            Assert.Null(answer.RecordedBy);
            Assert.Equal("support-request", answer.ServiceTypeCode);
            // Every stage the case went through, kept on the anonymous answer (stages are among what it may keep).
            var visited = await db.Set<DomatAljandal.Host.Features.Reports.Stages.CaseStageVisit>().AsNoTracking().Where(v => v.CaseId == caseId)
                .OrderBy(v => v.EnteredAt).Select(v => v.StageId).ToListAsync();
            Assert.NotEmpty(visited);
            Assert.Equal(visited.Distinct(), answer.Stages);
            var riyadh = TimeZoneInfo.ConvertTime(now, DualDate.Riyadh);
            Assert.Equal(new DateOnly(riyadh.Year, riyadh.Month, 1), answer.Month);
            Assert.Equal([reason!], answer.Scores[0].Reasons!);
            Assert.Equal(1, answer.LowestScore);
            Assert.NotEqual(7, answer.Id.Version);

            // The survey only knows it was answered, and only to the month.
            var surveyRow = await db.Set<CaseSurvey>().AsNoTracking().SingleAsync(s => s.Id == surveyId);
            Assert.Equal(caseId, surveyRow.CaseId);
            Assert.Equal(1, surveyRow.AnsweredAt!.Value.Day);

            var followUp = await db.Set<SurveyFollowUp>().AsNoTracking().SingleAsync(f => f.AnswerId == answer.Id);
            Assert.Null(followUp.MemberId);
            Assert.Null(followUp.CaseId);
            Assert.Equal(TwoWorkingDaysAfter(now), followUp.DueAt);
        }

        using var admin = await app.AdminClientAsync();
        var all = await (await admin.GetAsync("/api/surveys/follow-ups?open=true")).JsonAsync(HttpStatusCode.OK);
        var item = Assert.Single(all.GetProperty("items").EnumerateArray(), f => f.GetProperty("comment").GetString() == "طال الانتظار");
        Assert.True(item.GetProperty("anonymous").GetBoolean());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("caseReference").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync("/api/surveys/follow-ups")).StatusCode);
        var id = item.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/surveys/follow-ups/{id}/close", new { actionTaken = " " })).StatusCode);
        var closed = await (await admin.PostAsJsonAsync($"/api/surveys/follow-ups/{id}/close",
            new { actionTaken = "راجعنا مدة التحقق وقصّرناها إلى يومين" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("راجعنا مدة التحقق وقصّرناها إلى يومين", closed.GetProperty("actionTaken").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/surveys/follow-ups/{id}/close", new { actionTaken = "مرة أخرى" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/surveys/follow-ups/{Guid.NewGuid()}/close", new { actionTaken = "x" })).StatusCode);
        // Anonymous: nobody to tell.
        Assert.Equal(0, await CountOutboxAsync(app, $"survey-follow-up:{id:N}"));
        // The managers were told it opened, with no request named.
        var opened = await OutboxAsync(app, $"survey-follow-up-opened:{id:N}:{desk.EmailOf("Manager")}");
        Assert.Null(opened.CaseId);
        Assert.Contains("دون ذكر اسمه", opened.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain(member.Mobile[2..], opened.BodyText, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_officer_records_an_answer_given_by_phone_with_its_channel_and_closing_its_follow_up_tells_the_member()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _c = client;
        var caseId = await ClosedRequestAsync(client);
        var surveys = await (await desk.Officer.GetAsync($"/api/surveys?caseId={caseId}")).JsonAsync(HttpStatusCode.OK);
        var survey = Assert.Single(surveys.GetProperty("items").EnumerateArray());
        Assert.Equal("Open", survey.GetProperty("state").GetString());
        var surveyId = survey.GetProperty("id").GetGuid();
        var questions = (await (await desk.Officer.GetAsync("/api/surveys/questions/support-request")).JsonAsync(HttpStatusCode.OK))
            .GetProperty("questions").EnumerateArray().ToList();

        var scores = questions.Select(q => new { questionId = q.GetProperty("id").GetGuid(), score = 2 }).ToList();
        var noChannel = await (await desk.Officer.PostAsJsonAsync($"/api/surveys/{surveyId}/answers", new { answers = scores })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noChannel.GetProperty("errors").TryGetProperty("channel", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Officer.PostAsJsonAsync($"/api/surveys/{Guid.NewGuid()}/answers", new { answers = scores, channel = "Phone" })).StatusCode);
        var receipt = await (await desk.Officer.PostAsJsonAsync($"/api/surveys/{surveyId}/answers",
            new { answers = scores, channel = "Phone", comment = "قال العضو إن أحدًا لم يتصل به" })).JsonAsync(HttpStatusCode.OK);
        Assert.True(receipt.GetProperty("followUpOpened").GetBoolean());

        var listed = Assert.Single((await (await desk.Officer.GetAsync($"/api/surveys?memberId={member.Id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        Assert.Equal("Answered", listed.GetProperty("state").GetString());
        Assert.Equal("Phone", listed.GetProperty("channel").GetString());
        Assert.Equal(2m, listed.GetProperty("score").GetDecimal());

        using var admin = await app.AdminClientAsync();
        var followUp = Assert.Single((await (await admin.GetAsync("/api/surveys/follow-ups?open=true")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray(),
            f => f.GetProperty("caseId").ValueKind == JsonValueKind.String && f.GetProperty("caseId").GetGuid() == caseId);
        var id = followUp.GetProperty("id").GetGuid();
        // The managers were emailed through the outbox when it opened (no department handles the service: every manager).
        var opened = await OutboxAsync(app, $"survey-follow-up-opened:{id:N}:{desk.EmailOf("Manager")}");
        Assert.Equal(NotificationTemplateKeys.SurveyFollowUpOpened, opened.TemplateKey);
        Assert.Equal(desk.EmailOf("Manager"), opened.Recipient);
        Assert.Equal(caseId, opened.CaseId);
        Assert.Contains("طلب دعم", opened.Subject, StringComparison.Ordinal);
        Assert.Contains(followUp.GetProperty("caseReference").GetString()!, opened.BodyText, StringComparison.Ordinal);
        Assert.Contains("قال العضو إن أحدًا لم يتصل به", opened.BodyText, StringComparison.Ordinal);
        await (await admin.PostAsJsonAsync($"/api/surveys/follow-ups/{id}/close", new { actionTaken = "اتصل المدير بالعضو واعتذر، وأضفنا اتصالًا عند الإغلاق" }))
            .JsonAsync(HttpStatusCode.OK);
        var told = await OutboxAsync(app, $"survey-follow-up:{id:N}");
        Assert.Equal(NotificationTemplateKeys.SurveyFollowedUp, told.TemplateKey);
        Assert.EndsWith(member.Mobile[2..], told.Recipient, StringComparison.Ordinal);
        Assert.Contains("اتصل المدير بالعضو", told.BodyText, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Admins_set_a_service_types_questions_and_the_portal_asks_them()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var admin = await app.AdminClientAsync();
        var body = new
        {
            allowsComment = false,
            questions = new object[]
            {
                new
                {
                    textAr = "هل وصلتك الخلايا سليمة؟", textEn = "Did the hives reach you in good health?",
                    lowScoreReasons = new[] { new { code = "late", textAr = "تأخر التسليم", textEn = "Late delivery" } },
                },
            },
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.PutAsJsonAsync("/api/surveys/questions/support-request", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/surveys/questions/no-such-service", body)).StatusCode);
        var blank = await (await admin.PutAsJsonAsync("/api/surveys/questions/support-request", new { questions = new[] { new { textAr = "", textEn = "x" } } }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(blank.GetProperty("errors").TryGetProperty("questions[0].textAr", out _));
        var set = await (await admin.PutAsJsonAsync("/api/surveys/questions/support-request", body)).JsonAsync(HttpStatusCode.OK);
        Assert.False(set.GetProperty("isDefault").GetBoolean());
        Assert.False(set.GetProperty("allowsComment").GetBoolean());
        Assert.False((await (await admin.GetAsync("/api/surveys/questions/support-request")).JsonAsync(HttpStatusCode.OK)).GetProperty("allowsComment").GetBoolean());

        try
        {
            var member = await PortalPeople.NewMemberAsync(app);
            var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
            using var _c = client;
            await ClosedRequestAsync(client);
            var survey = Assert.Single((await (await client.GetAsync("/api/portal/surveys")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
            var question = Assert.Single(survey.GetProperty("questions").EnumerateArray());
            Assert.Equal("هل وصلتك الخلايا سليمة؟", question.GetProperty("textAr").GetString());
            Assert.Equal("late", question.GetProperty("lowScoreReasons")[0].GetProperty("code").GetString());
            Assert.False(survey.GetProperty("allowsComment").GetBoolean());
            var commented = await (await client.PostAsJsonAsync($"/api/portal/surveys/{survey.GetProperty("id").GetGuid()}", new
            {
                answers = new[] { new { questionId = question.GetProperty("id").GetGuid(), score = 5 } }, comment = "تعليق لم يُطلب",
            })).JsonAsync(HttpStatusCode.BadRequest);
            Assert.True(commented.GetProperty("errors").TryGetProperty("comment", out _));
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/portal/surveys/{survey.GetProperty("id").GetGuid()}", new
            {
                answers = new[] { new { questionId = question.GetProperty("id").GetGuid(), score = 1, reasons = new[] { "not-offered" } } },
            })).StatusCode);
        }
        finally
        {
            // Back to the defaults, for the other tests of this host.
            var reset = await (await admin.PutAsJsonAsync("/api/surveys/questions/support-request", new { questions = Array.Empty<object>(), allowsComment = true }))
                .JsonAsync(HttpStatusCode.OK);
            Assert.True(reset.GetProperty("isDefault").GetBoolean());
            Assert.True(reset.GetProperty("allowsComment").GetBoolean());
        }
    }

    [SkippableFact]
    public async Task A_survey_goes_only_on_a_channel_the_member_consents_to_and_not_at_all_after_consent_is_withdrawn()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var emailOnly = await PortalPeople.NewMemberAsync(app, email: $"survey-{Guid.NewGuid():N}@example.com", channel: Domain.Members.ContactChannel.Sms);
        var (emailClient, _) = await PortalPeople.SignedInAsync(app, desk, emailOnly);
        using var _e = emailClient;
        (await emailClient.PutAsJsonAsync("/api/portal/consents", new { consentToContact = true, consentToSms = false, consentToEmail = true })).EnsureSuccessStatusCode();
        var withdrawn = await PortalPeople.NewMemberAsync(app);
        var (withdrawnClient, _) = await PortalPeople.SignedInAsync(app, desk, withdrawn);
        using var _w = withdrawnClient;
        (await withdrawnClient.PutAsJsonAsync("/api/portal/consents", new { consentToContact = false })).EnsureSuccessStatusCode();

        await ClosedRequestAsync(emailClient);
        await ClosedRequestAsync(withdrawnClient);
        var emailSurvey = Assert.Single((await (await emailClient.GetAsync("/api/portal/surveys")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid();
        var withdrawnSurvey = Assert.Single((await (await withdrawnClient.GetAsync("/api/portal/surveys")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid();

        await SweepAsync(app);
        // Preferred SMS, refused SMS, consented to email: the invitation goes by email.
        var invitation = await OutboxAsync(app, $"survey:{emailSurvey:N}:{NotificationTemplateKeys.SurveyInvitation}");
        Assert.Equal(NotificationChannel.Email, invitation.Channel);
        Assert.Equal(emailOnly.Email, invitation.Recipient);
        Assert.Equal(0, await CountOutboxAsync(app, $"survey:{withdrawnSurvey:N}:"));
        Assert.NotNull((await SurveyAsync(app, withdrawnSurvey)).SentAt);

        app.Clock.Advance(TimeSpan.FromDays(8));
        await SweepAsync(app);
        Assert.Equal(NotificationChannel.Email, (await OutboxAsync(app, $"survey:{emailSurvey:N}:{NotificationTemplateKeys.SurveyReminder}")).Channel);
        Assert.Equal(0, await CountOutboxAsync(app, $"survey:{withdrawnSurvey:N}:"));
    }

    /// <summary>The member asks for support on the portal and withdraws it: the case closes.</summary>
    internal static async Task<Guid> ClosedRequestAsync(HttpClient client)
    {
        var caseId = (await (await client.PostAsJsonAsync("/api/portal/requests", new { serviceType = "support-request", data = SupportData }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await client.PostAsJsonAsync($"/api/portal/requests/{caseId}/withdraw", new { reason = "لم أعد بحاجة إليه" })).JsonAsync(HttpStatusCode.OK);
        return caseId;
    }

    /// <summary>Two working days on (Sunday to Thursday, in Riyadh), at the same time of day.</summary>
    private static DateTimeOffset TwoWorkingDaysAfter(DateTimeOffset from)
    {
        var local = TimeZoneInfo.ConvertTime(from, DualDate.Riyadh);
        var due = local;
        for (var left = 2; left > 0;)
        {
            due = due.AddDays(1);
            if (due.DayOfWeek is not (DayOfWeek.Friday or DayOfWeek.Saturday))
            {
                left--;
            }
        }

        return due.ToUniversalTime();
    }

    private static async Task<int> SweepAsync(CasesAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SurveySweep>().RunAsync(CancellationToken.None);
    }

    private static async Task<CaseSurvey> SurveyAsync(CasesAppFactory app, Guid id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<CaseSurvey>().AsNoTracking().SingleAsync(s => s.Id == id);
    }

    private static async Task<string?> MemberEmailAsync(CasesAppFactory app, Guid memberId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.MemberId == memberId).Select(u => u.Email).SingleAsync();
    }

    internal static async Task<OutboxMessage> OutboxAsync(CasesAppFactory app, string deduplicationKey)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.DeduplicationKey == deduplicationKey);
    }

    internal static async Task<int> CountOutboxAsync(CasesAppFactory app, string keyPrefix)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().CountAsync(m => m.DeduplicationKey.StartsWith(keyPrefix));
    }
}

public sealed class SqliteSurveyTests(SqliteCasesHost host) : SurveyTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresSurveyTests(PostgresCasesHost host) : SurveyTests(host), IClassFixture<PostgresCasesHost>;
