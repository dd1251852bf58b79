using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Features.Feedback;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Reports;

/// <summary>
/// Known data: two requests opened in person; the member-relations department (seeded, every service) received one in an
/// hour and the other a day late; a research department handles the verify stage and verified one in time; one complaint
/// about a case answered in four hours, one about no case.
/// </summary>
public abstract class DepartmentKpisTests(CasesHost host)
{
    private static readonly DateTimeOffset Start = CasesAppFactory.Start;

    [SkippableFact]
    public async Task Department_kpis_count_requests_by_channel_tasks_in_time_by_the_stage_handled_and_complaints_answered()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        Guid research;
        using (var admin = await app.AdminClientAsync())
        {
            var created = await admin.PostAsJsonAsync("/api/departments", new
            {
                code = "research", nameAr = "إدارة البحث الاجتماعي", nameEn = "Social research", isActive = true,
                stages = new[] { new { workflowDefinitionId = "member-service-request", stageId = "verify" } },
            });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
            research = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        var first = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        var second = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        await AtAsync(app, desk, 1, () => desk.CompleteOkAsync(desk.Officer, first, "receive", "Received"));
        await AtAsync(app, desk, 2, () => desk.VerifyCompleteAsync(first));
        await AtAsync(app, desk, 30, () => desk.CompleteOkAsync(desk.Officer, second, "receive", "Received")); // a day late (P1D)

        var memberId = (await desk.GetCaseAsync(first)).GetProperty("member").GetProperty("id").GetGuid();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var aboutCase = FeedbackItem.Submit("DJ-C-1448-900001", FeedbackKind.Complaint, memberId, "تأخر الرد", "لم يصلني رد بعد", first, Start.AddHours(1));
            aboutCase.AnswerWith("نعتذر، تمت المعالجة", "manager@test.local", Start.AddHours(5));
            db.Add(aboutCase);
            db.Add(FeedbackItem.Submit("DJ-C-1448-900002", FeedbackKind.Complaint, memberId, "موقف السيارات", "لا يوجد موقف", null, Start.AddHours(2)));
            db.Add(FeedbackItem.Submit("DJ-S-1448-900003", FeedbackKind.Suggestion, memberId, "اقتراح", "ساعات أطول", first, Start.AddHours(2)));
            await db.SaveChangesAsync();
        }

        var query = $"from={Uri.EscapeDataString(Start.AddDays(-1).ToString("O"))}&to={Uri.EscapeDataString(Start.AddDays(7).ToString("O"))}";
        var report = await desk.Manager.GetFromJsonAsync<JsonElement>($"/api/reports/departments?{query}");
        var departments = report.GetProperty("departments").EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!);

        var relations = departments["member-relations"];
        Assert.Equal(2, relations.GetProperty("opened").GetInt32());
        Assert.Equal(0, relations.GetProperty("closed").GetInt32());
        Assert.Equal(0.5, relations.GetProperty("withinDeadline").GetDouble()); // receive: one of two in time
        Assert.Equal(1, relations.GetProperty("complaints").GetInt32());
        Assert.Equal(1, relations.GetProperty("complaintsAnswered").GetInt32());
        Assert.Equal(4, relations.GetProperty("complaintMedianHoursToAnswer").GetDouble());
        Assert.Equal(JsonValueKind.Null, relations.GetProperty("satisfaction").ValueKind);
        var byChannel = relations.GetProperty("byChannel").EnumerateArray().ToDictionary(c => c.GetProperty("channel").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(2, byChannel["InPerson"]);
        Assert.Equal(0, byChannel["Phone"]);

        var researchRow = departments["research"];
        Assert.Equal(0, researchRow.GetProperty("opened").GetInt32());
        Assert.Equal(1.0, researchRow.GetProperty("withinDeadline").GetDouble()); // verify, in time
        Assert.Equal(0, researchRow.GetProperty("complaints").GetInt32());
        Assert.Equal(1, report.GetProperty("complaintsWithoutDepartment").GetInt32());

        // The stage report of a department holds only the stages it handled.
        var stages = await desk.Manager.GetFromJsonAsync<JsonElement>($"/api/reports/stages?{query}&department={research}");
        Assert.Equal(["verify"], stages.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("stageId").GetString()));
        var unknown = await desk.Manager.GetAsync($"/api/reports/stages?{query}&department={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        using var response = await desk.Manager.GetAsync($"/api/reports/departments?{query}&format=xlsx");
        using var workbook = new Workbook(await response.Content.ReadAsByteArrayAsync());
        Assert.True(workbook.IsRightToLeft(0));
        Assert.Equal("إدارة علاقات الأعضاء", workbook.Text(0, "A2"));
        Assert.Equal(2, workbook.Number(0, "B2"));
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync($"/api/reports/departments?{query}")).StatusCode);
    }

    private static async Task AtAsync(CasesAppFactory app, CaseDesk desk, double hoursAfterStart, Func<Task> act)
    {
        app.Clock.Advance(Start.AddHours(hoursAfterStart) - app.Clock.GetUtcNow());
        await desk.SignInAgainAsync();
        await act();
    }
}

public sealed class SqliteDepartmentKpisTests(SqliteCasesHost host) : DepartmentKpisTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresDepartmentKpisTests(PostgresCasesHost host) : DepartmentKpisTests(host), IClassFixture<PostgresCasesHost>;
