using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Portal.Requests;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Scheduling;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Cases;

/// <summary>What the shipped procedure and an admin's edits of it do with time and with the committee.</summary>
internal static class Procedure
{
    public const string Definition = "member-service-request";

    /// <summary>The admin edits the published version of the shipped procedure and publishes the edit.</summary>
    public static async Task PublishEditAsync(CasesAppFactory app, Action<JsonObject> edit)
    {
        using var admin = await app.AdminClientAsync();
        var versions = await admin.GetFromJsonAsync<JsonElement>($"/api/workflows/definitions/{Definition}/versions");
        var published = versions.EnumerateArray().Single(v => v.GetProperty("status").GetString() == "Published").GetProperty("version").GetInt32();
        var json = JsonNode.Parse(await admin.GetStringAsync($"/api/workflows/definitions/{Definition}/versions/{published}"))!.AsObject();
        edit(json);
        var saved = await admin.PostAsync("/api/workflows/definitions", new StringContent(json.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(saved.StatusCode == HttpStatusCode.Created, await saved.Content.ReadAsStringAsync());
        var version = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        var publish = await admin.PostAsync($"/api/workflows/definitions/{Definition}/versions/{version}/publish", null);
        Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
    }

    public static JsonObject Activity(JsonObject definition, string id) =>
        definition["activities"]!.AsArray().Single(a => (string?)a!["id"] == id)!.AsObject();

    public static async Task<List<OutboxMessage>> MessagesAsync(CasesAppFactory app, Guid caseId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.CaseId == caseId).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    public static async Task<int> FireTimersAsync(CasesAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ITimerDispatcher>().RunDueTimersOnceAsync(CancellationToken.None);
    }
}

/// <summary>Waits on the member remind after 3 and 7 days and lapse after 30, on the fake clock.</summary>
public abstract class WaitsThatRemindAndLapseTests(CasesHost host)
{
    [SkippableFact]
    public async Task A_declaration_not_signed_is_reminded_after_three_and_seven_days_and_the_case_lapses_after_thirty_with_a_notice()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync(email: "lapse@example.com")).GetProperty("id").GetGuid();
        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");
        await desk.VerifyCompleteAsync(caseId);

        // The SLA view lists the case as waiting on the member, with how long and when it lapses.
        app.Clock.Advance(TimeSpan.FromDays(2));
        await desk.SignInAgainAsync();
        var waits = await desk.Manager.GetFromJsonAsync<JsonElement>("/api/sla/waiting-on-member");
        var waiting = Assert.Single(waits.GetProperty("items").EnumerateArray(), i => i.GetProperty("caseId").GetGuid() == caseId);
        Assert.Equal("DeclarationSigned", waiting.GetProperty("eventName").GetString());
        Assert.Equal("انتظار توقيع الإقرار", waiting.GetProperty("nameAr").GetString());
        Assert.Equal(TimeSpan.FromDays(2), TimeSpan.Parse(waiting.GetProperty("waiting").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(CasesAppFactory.Start.AddDays(30), waiting.GetProperty("lapsesAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync("/api/sla/waiting-on-member")).StatusCode);
        Assert.DoesNotContain(await Procedure.MessagesAsync(app, caseId), m => m.TemplateKey == NotificationTemplateKeys.MemberReminder);

        app.Clock.Advance(TimeSpan.FromDays(1));
        await Procedure.FireTimersAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(4));
        await Procedure.FireTimersAsync(app);
        var reminders = (await Procedure.MessagesAsync(app, caseId)).Where(m => m.TemplateKey == NotificationTemplateKeys.MemberReminder).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Equal("lapse@example.com", r.Recipient));
        Assert.Contains(DualDate.Format(CasesAppFactory.Start.AddDays(30), "ar"), reminders[0].BodyText);

        app.Clock.Advance(TimeSpan.FromDays(22));
        await Procedure.FireTimersAsync(app);
        await desk.SignInAgainAsync();
        Assert.NotEqual("Lapsed", (await desk.GetCaseAsync(caseId)).GetProperty("status").GetString());

        app.Clock.Advance(TimeSpan.FromDays(1));
        await Procedure.FireTimersAsync(app);
        await desk.SignInAgainAsync();
        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal("Lapsed", details.GetProperty("status").GetString());
        Assert.Equal("Lapsed", details.GetProperty("workflowResult").GetString());
        Assert.Single((await Procedure.MessagesAsync(app, caseId)), m => m.TemplateKey == NotificationTemplateKeys.RequestLapsed);
        // The workflow issued the lapse notice letter, after the receipt it issued at intake.
        var letters = await desk.Officer.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/letters");
        Assert.Equal(["Receipt", "Lapse"], letters.EnumerateArray().Select(l => l.GetProperty("kind").GetString()));
        Assert.DoesNotContain((await desk.Manager.GetFromJsonAsync<JsonElement>("/api/sla/waiting-on-member")).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("caseId").GetGuid() == caseId);
    }
}

public sealed class SqliteWaitsThatRemindAndLapseTests(SqliteCasesHost host) : WaitsThatRemindAndLapseTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresWaitsThatRemindAndLapseTests(PostgresCasesHost host) : WaitsThatRemindAndLapseTests(host), IClassFixture<PostgresCasesHost>;

/// <summary>The member is told the committee's real deadline, from the published definition.</summary>
public abstract class CommitteeDeadlineTests(CasesHost host)
{
    [SkippableFact]
    public async Task After_an_admin_sets_ten_calendar_days_the_member_is_told_that_date_and_the_portal_shows_it()
    {
        var app = await host.GetAsync();
        await Procedure.PublishEditAsync(app, json =>
        {
            var committee = Procedure.Activity(json, "committee");
            committee["deadline"] = "P10D";
            committee.Remove("calendar");
        });
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = await desk.CaseAtCommitteeAsync(email: "deadline@example.com");

        var due = CasesAppFactory.Start.AddDays(10);
        var told = Assert.Single(await Procedure.MessagesAsync(app, caseId), m => m.TemplateKey == NotificationTemplateKeys.CommitteeReview);
        Assert.Contains(DualDate.Format(due, "ar"), told.BodyText);
        Assert.DoesNotContain("أسبوعين", told.BodyText);
        Assert.Equal(due, (await desk.TaskAsync(caseId, "committee")).GetProperty("dueAt").GetDateTimeOffset());

        var memberId = (await desk.GetCaseAsync(caseId)).GetProperty("member").GetProperty("id").GetGuid();
        using var scope = app.Services.CreateScope();
        var tracked = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TrackRequest.Query(memberId, caseId));
        Assert.Equal(due, tracked.ExpectedDecisionBy);
    }
}

public sealed class SqliteCommitteeDeadlineTests(SqliteCasesHost host) : CommitteeDeadlineTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresCommitteeDeadlineTests(PostgresCasesHost host) : CommitteeDeadlineTests(host), IClassFixture<PostgresCasesHost>;

/// <summary>A committee raised to two votes in the designer decides as a committee, and records who took part.</summary>
public abstract class CommitteeVotesTests(CasesHost host)
{
    [SkippableFact]
    public async Task A_two_approval_committee_task_takes_two_members_and_the_decision_records_both_with_their_reasons()
    {
        var app = await host.GetAsync();
        await Procedure.PublishEditAsync(app, json => Procedure.Activity(json, "committee")["approvals"] = 2);
        using var desk = await CaseDesk.OpenAsync(app);
        using var second = await app.StaffClientAsync("CommitteeMember", $"committee-2-{Guid.NewGuid():N}@test.local");
        var caseId = await desk.CaseAtCommitteeAsync();

        await desk.CompleteOkAsync(desk.Committee, caseId, "committee", "Accept", new { reason = "الأسرة مستحقة للدعم" });
        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal("InCommittee", details.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("decision").ValueKind);
        var again = await desk.CompleteAsync(desk.Committee, caseId, await desk.TaskAsync(caseId, "committee"), "Accept", new { reason = "مرة ثانية" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        await desk.CompleteOkAsync(second, caseId, "committee", "Accept", new { reason = "أوافق، المستندات مكتملة" });
        details = await desk.GetCaseAsync(caseId);
        var decision = details.GetProperty("decision");
        Assert.Equal("Accept", decision.GetProperty("outcome").GetString());
        var votes = decision.GetProperty("votes").EnumerateArray().ToList();
        Assert.Equal(2, votes.Count);
        Assert.Equal(desk.EmailOf("CommitteeMember"), votes[0].GetProperty("member").GetString());
        Assert.Equal("الأسرة مستحقة للدعم", votes[0].GetProperty("reason").GetString());
        Assert.Equal("أوافق، المستندات مكتملة", votes[1].GetProperty("reason").GetString());
        await desk.TaskAsync(caseId, "complete-registration");
    }
}

public sealed class SqliteCommitteeVotesTests(SqliteCasesHost host) : CommitteeVotesTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresCommitteeVotesTests(PostgresCasesHost host) : CommitteeVotesTests(host), IClassFixture<PostgresCasesHost>;

/// <summary>The shipped committee: return for more information, and its deadline in working days.</summary>
public abstract class ShippedCommitteeTests(CasesHost host)
{
    [SkippableFact]
    public async Task The_committee_returns_a_case_for_more_information_to_the_officer_and_gets_it_back_without_a_decision()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = await desk.CaseAtCommitteeAsync();

        await desk.CompleteOkAsync(desk.Committee, caseId, "committee", "ReturnForInformation", new { reason = "نحتاج كشف حساب آخر ثلاثة أشهر" });
        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal("InCommittee", details.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("decision").ValueKind);
        var officerTask = await desk.TaskAsync(caseId, "complete-information");
        Assert.Equal("MemberRelationsOfficer", officerTask.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.CompleteAsync(desk.Officer, caseId, officerTask, "Completed")).StatusCode);

        await desk.CompleteOkAsync(desk.Officer, caseId, "complete-information", "Completed", new { informationNotes = "أرفق العضو كشف الحساب" });
        await desk.CompleteOkAsync(desk.Committee, caseId, "committee", "Reject", new { reason = "الدخل يتجاوز حد الاستحقاق" });
        details = await desk.GetCaseAsync(caseId);
        Assert.Equal("Rejected", details.GetProperty("status").GetString());
        Assert.Equal("الدخل يتجاوز حد الاستحقاق", details.GetProperty("decision").GetProperty("reason").GetString());
    }

    [SkippableFact]
    public async Task A_committee_deadline_of_ten_working_days_skips_the_weekends_and_a_holiday_an_admin_entered_in_Hijri()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        // 21–22 Jumada II 1448 are Tuesday 1 and Wednesday 2 December 2026.
        var added = await admin.PostAsJsonAsync("/api/calendar/holidays", new { nameAr = "عطلة اختبار", nameEn = "Test holiday", calendar = "Hijri", year = 1448, month = 6, day = 21, days = 2 });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var holiday = await added.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2026-12-01", holiday.GetProperty("firstDay").GetString());
        Assert.Equal("2026-12-02", holiday.GetProperty("lastDay").GetString());
        var invalid = await admin.PostAsJsonAsync("/api/calendar/holidays", new { nameAr = "خطأ", calendar = "Gregorian", year = 2026, month = 2, day = 30 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

        using var desk = await CaseDesk.OpenAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.PostAsJsonAsync("/api/calendar/holidays", new { nameAr = "x", year = 2026, month = 1, day = 1 })).StatusCode);
        var calendar = await desk.Officer.GetFromJsonAsync<JsonElement>("/api/calendar");
        Assert.Equal(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday"], calendar.GetProperty("workingDays").EnumerateArray().Select(d => d.GetString()));

        // Thursday 26 November 2026, 09:00 in Riyadh: ten working days are 29, 30 Nov, 3, 6–10, 13 and 14 December.
        var caseId = await desk.CaseAtCommitteeAsync();
        var task = await desk.TaskAsync(caseId, "committee");
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 6, 0, 0, TimeSpan.Zero), task.GetProperty("dueAt").GetDateTimeOffset());
    }
}

public sealed class SqliteShippedCommitteeTests(SqliteCasesHost host) : ShippedCommitteeTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresShippedCommitteeTests(PostgresCasesHost host) : ShippedCommitteeTests(host), IClassFixture<PostgresCasesHost>;
