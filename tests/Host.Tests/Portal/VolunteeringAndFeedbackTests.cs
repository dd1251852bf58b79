using System.Net;
using System.Net.Http.Json;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Portal;

/// <summary>The volunteering service and suggestions and complaints, from both sides: the member on the portal and staff.</summary>
public abstract class VolunteeringAndFeedbackTests(CasesHost host)
{
    [SkippableFact]
    public async Task A_member_signs_up_for_an_opportunity_and_sees_hours_once_staff_log_and_approve_them()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var volunteer = await PortalPeople.NewMemberAsync(app);
        var late = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, volunteer);
        var (lateClient, _) = await PortalPeople.SignedInAsync(app, desk, late);
        using var _c = client;
        using var _l = lateClient;

        var opportunity = await (await desk.Officer.PostAsJsonAsync("/api/volunteering/opportunities", new
        {
            titleAr = "يوم الحصاد في المنحل التعليمي", titleEn = "Harvest day at the teaching apiary", description = "المساعدة في قطف العسل وتعبئته",
            location = "دومة الجندل", startsOn = "2026-12-10", slots = 1,
        })).JsonAsync(HttpStatusCode.Created);
        var opportunityId = opportunity.GetProperty("id").GetGuid();

        var open = await (await client.GetAsync("/api/portal/volunteering/opportunities")).JsonAsync(HttpStatusCode.OK);
        var listed = Assert.Single(open.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == opportunityId);
        Assert.Equal(1, listed.GetProperty("placesLeft").GetInt32());
        Assert.False(listed.GetProperty("signedUp").GetBoolean());

        var joined = await (await client.PostAsync($"/api/portal/volunteering/opportunities/{opportunityId}/signup", null)).JsonAsync(HttpStatusCode.OK);
        Assert.True(joined.GetProperty("signedUp").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/portal/volunteering/opportunities/{opportunityId}/signup", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await lateClient.PostAsync($"/api/portal/volunteering/opportunities/{opportunityId}/signup", null)).StatusCode);
        using (var scope = app.Services.CreateScope())
        {
            var record = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Member>().AsNoTracking().SingleAsync(m => m.Id == volunteer.Id);
            Assert.True(record.Roles.HasFlag(MemberRoles.Volunteer));
        }

        var details = await (await desk.Officer.GetAsync($"/api/volunteering/opportunities/{opportunityId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(volunteer.Id, Assert.Single(details.GetProperty("volunteers").EnumerateArray()).GetProperty("memberId").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, (await desk.Officer.DeleteAsync($"/api/volunteering/opportunities/{opportunityId}")).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsJsonAsync("/api/volunteering/hours",
            new { memberId = volunteer.Id, opportunityId, workedOn = "2026-11-25", hours = 30, description = "قطف" })).StatusCode);
        var logged = await (await desk.Officer.PostAsJsonAsync("/api/volunteering/hours",
            new { memberId = volunteer.Id, opportunityId, workedOn = "2026-11-25", hours = 3.5, description = "قطف العسل وتعبئته" })).JsonAsync(HttpStatusCode.Created);

        var hours = await (await client.GetAsync("/api/portal/volunteering/hours")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0m, hours.GetProperty("approvedHours").GetDecimal());
        Assert.Equal(3.5m, hours.GetProperty("pendingHours").GetDecimal());
        Assert.Equal("يوم الحصاد في المنحل التعليمي", Assert.Single(hours.GetProperty("entries").GetProperty("items").EnumerateArray()).GetProperty("opportunityTitleAr").GetString());
        Assert.Empty((await (await lateClient.GetAsync("/api/portal/volunteering/hours")).JsonAsync(HttpStatusCode.OK)).GetProperty("entries").GetProperty("items").EnumerateArray());

        var hoursId = logged.GetProperty("id").GetGuid();
        await (await desk.Manager.PostAsync($"/api/volunteering/hours/{hoursId}/approve", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, (await desk.Manager.PostAsync($"/api/volunteering/hours/{hoursId}/approve", null)).StatusCode);
        hours = await (await client.GetAsync("/api/portal/volunteering/hours")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3.5m, hours.GetProperty("approvedHours").GetDecimal());
        Assert.Equal(0m, hours.GetProperty("pendingHours").GetDecimal());

        await (await desk.Officer.PutAsJsonAsync($"/api/volunteering/opportunities/{opportunityId}", new
        {
            titleAr = "يوم الحصاد", titleEn = "Harvest day", description = "اكتمل", startsOn = "2026-12-10", slots = 1, isOpen = false,
        })).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain((await (await client.GetAsync("/api/portal/volunteering/opportunities")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray(),
            o => o.GetProperty("id").GetGuid() == opportunityId);
    }

    [SkippableFact]
    public async Task A_suggestion_gets_a_reference_staff_answer_it_and_the_member_reads_the_answer()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _c = client;

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/portal/feedback", new { kind = "Praise", subject = "x", text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/portal/feedback", new { kind = "Suggestion", subject = "x", text = " " })).StatusCode);

        var suggestion = await (await client.PostAsJsonAsync("/api/portal/feedback", new
        {
            kind = "Suggestion", subject = "دورة في تربية الملكات", text = "نقترح تنظيم دورة تدريبية في تربية الملكات قبل الربيع",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Matches(@"^DJ-S-1448-\d{6}$", suggestion.GetProperty("reference").GetString());
        Assert.Equal("Open", suggestion.GetProperty("status").GetString());
        var complaint = await (await client.PostAsJsonAsync("/api/portal/feedback", new { kind = "complaint", subject = "تأخر", text = "تأخر الرد على اتصالي" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Matches(@"^DJ-C-1448-\d{6}$", complaint.GetProperty("reference").GetString());

        var queue = await (await desk.Officer.GetAsync("/api/feedback?answered=false")).JsonAsync(HttpStatusCode.OK);
        var item = Assert.Single(queue.GetProperty("items").EnumerateArray(), f => f.GetProperty("id").GetGuid() == suggestion.GetProperty("id").GetGuid());
        Assert.Equal(member.FullName, item.GetProperty("memberName").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsJsonAsync($"/api/feedback/{item.GetProperty("id").GetGuid()}/answer", new { answer = "" })).StatusCode);
        await (await desk.Officer.PostAsJsonAsync($"/api/feedback/{item.GetProperty("id").GetGuid()}/answer",
            new { answer = "شكرًا لاقتراحكم، ستُعقد الدورة في شهر رجب" })).JsonAsync(HttpStatusCode.OK);

        var answered = await (await client.GetAsync($"/api/portal/feedback/{suggestion.GetProperty("id").GetGuid()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Answered", answered.GetProperty("status").GetString());
        Assert.Equal("شكرًا لاقتراحكم، ستُعقد الدورة في شهر رجب", answered.GetProperty("answer").GetString());
        var mine = await (await client.GetAsync("/api/portal/feedback")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, mine.GetProperty("total").GetInt32());
        Assert.DoesNotContain((await (await desk.Officer.GetAsync("/api/feedback?answered=false")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray(),
            f => f.GetProperty("id").GetGuid() == suggestion.GetProperty("id").GetGuid());
    }
}

public sealed class SqliteVolunteeringAndFeedbackTests(SqliteCasesHost host) : VolunteeringAndFeedbackTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresVolunteeringAndFeedbackTests(PostgresCasesHost host) : VolunteeringAndFeedbackTests(host), IClassFixture<PostgresCasesHost>;
