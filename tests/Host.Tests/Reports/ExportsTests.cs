using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Host.Tests.Cases;

namespace DomatAljandal.Host.Tests.Reports;

/// <summary>The case list and the audit trail as workbooks, and the audit trail filtered by member, user and period.</summary>
public abstract class ExportsTests(CasesHost host)
{
    [SkippableFact]
    public async Task The_case_list_exports_every_matching_case_right_to_left_with_real_dates_and_the_export_is_audited()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var openedAt = app.Clock.GetUtcNow();
        var opened = new List<JsonElement>();
        for (var i = 0; i < 3; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            openedAt = app.Clock.GetUtcNow();
            opened.Add(await desk.OpenCaseAsync());
        }

        var list = await desk.Officer.GetFromJsonAsync<JsonElement>("/api/cases?serviceType=support-request&pageSize=1");

        using var response = await desk.Officer.GetAsync("/api/cases?serviceType=support-request&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cases.xlsx", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        using var workbook = new Workbook(await response.Content.ReadAsByteArrayAsync());
        Assert.True(workbook.IsRightToLeft(0));
        Assert.Equal("الطلبات", workbook.SheetNames[0]);
        Assert.Equal(list.GetProperty("total").GetInt32() + 1, workbook.RowCount(0)); // the header and every case, not a page
        Assert.Equal("رقم الطلب", workbook.Text(0, "A1"));
        Assert.Equal(opened[2].GetProperty("reference").GetString(), workbook.Text(0, "A2")); // newest first
        Assert.Equal("فهد عبدالله محمد الرويلي", workbook.Text(0, "F2"));
        Assert.Equal("المقابلة", workbook.Text(0, "E2"));
        // Opened: a real date (Riyadh time) and the Hijri date beside it.
        Assert.Equal(openedAt.ToOffset(TimeSpan.FromHours(3)).DateTime, workbook.Date(0, "H2"));
        var hijri = DualDate.ToHijri(openedAt);
        Assert.Equal($"{hijri.Year}/{hijri.Month:D2}/{hijri.Day:D2} هـ", workbook.Text(0, "I2"));

        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/cases?format=xlsx&pageSize=1");
        english.Headers.AcceptLanguage.ParseAdd("en");
        using var englishResponse = await desk.Officer.SendAsync(english);
        using var englishBook = new Workbook(await englishResponse.Content.ReadAsByteArrayAsync());
        Assert.False(englishBook.IsRightToLeft(0));
        Assert.Equal("Reference", englishBook.Text(0, "A1"));

        var exports = await desk.Manager.GetFromJsonAsync<JsonElement>(
            $"/api/audit?actor={Uri.EscapeDataString(desk.EmailOf("MemberRelationsOfficer"))}&entityType=ServiceCase");
        Assert.Contains(exports.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "Exported");
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.GetAsync("/api/cases?format=csv")).StatusCode);
    }

    [SkippableFact]
    public async Task The_member_list_exports_the_searched_members_with_identifiers_masked_for_the_committee_and_the_export_is_audited()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        var nationalId = (await desk.GetCaseAsync(caseId)).GetProperty("member").GetProperty("nationalId").GetString()!;

        using var response = await desk.Officer.GetAsync($"/api/members?q={nationalId}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("members.xlsx", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        using var workbook = new Workbook(await response.Content.ReadAsByteArrayAsync());
        Assert.True(workbook.IsRightToLeft(0));
        Assert.Equal("الأعضاء", workbook.SheetNames[0]);
        Assert.Equal(2, workbook.RowCount(0)); // the header and the one member the search finds
        Assert.Equal("فهد عبدالله محمد الرويلي", workbook.Text(0, "A2"));
        Assert.Equal(nationalId, workbook.Text(0, "B2"));
        Assert.Equal("نشط", workbook.Text(0, "F2"));

        using var masked = new Workbook(await (await desk.Committee.GetAsync($"/api/members?q={nationalId}&format=xlsx")).Content.ReadAsByteArrayAsync());
        Assert.NotEqual(nationalId, masked.Text(0, "B2"));
        Assert.EndsWith(nationalId[^3..], masked.Text(0, "B2"), StringComparison.Ordinal);

        var exports = await desk.Manager.GetFromJsonAsync<JsonElement>(
            $"/api/audit?actor={Uri.EscapeDataString(desk.EmailOf("MemberRelationsOfficer"))}&entityType=Member");
        Assert.Contains(exports.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "Exported");
    }

    [SkippableFact]
    public async Task The_sla_view_exports_every_breached_task_with_its_stage_and_hours()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var reference = (await desk.OpenCaseAsync()).GetProperty("reference").GetString();
        app.Clock.Advance(TimeSpan.FromDays(3)); // past the reception's deadline
        await desk.SignInAgainAsync();

        var view = await desk.Manager.GetFromJsonAsync<JsonElement>("/api/sla/breaches?pageSize=1");
        using var response = await desk.Manager.GetAsync("/api/sla/breaches?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new Workbook(await response.Content.ReadAsByteArrayAsync());
        Assert.True(workbook.IsRightToLeft(0));
        Assert.Equal("المهل", workbook.SheetNames[0]);
        Assert.Equal(view.GetProperty("items").GetProperty("total").GetInt32() + 1, workbook.RowCount(0)); // every task, not a page
        var row = Enumerable.Range(2, workbook.RowCount(0) - 1).First(r => workbook.Text(0, $"A{r}") == reference);
        Assert.Equal("استقبال العضو", workbook.Text(0, $"B{row}"));
        Assert.True(workbook.Number(0, $"L{row}") >= 48); // waiting hours, a real number (after two Hijri columns)
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync("/api/sla/breaches?format=xlsx")).StatusCode);
    }

    [SkippableFact]
    public async Task The_audit_trail_filters_by_member_user_and_period_and_exports()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var start = app.Clock.GetUtcNow();
        var first = await desk.OpenCaseAsync();
        var second = await desk.OpenCaseAsync();
        var memberId = first.GetProperty("memberId").GetGuid();
        (await desk.Officer.GetAsync($"/api/members/{memberId}")).EnsureSuccessStatusCode();
        app.Clock.Advance(TimeSpan.FromHours(2));
        await desk.SignInAgainAsync();
        (await desk.Researcher.GetAsync($"/api/members/{memberId}")).EnsureSuccessStatusCode();
        (await desk.Officer.GetAsync($"/api/members/{second.GetProperty("memberId").GetGuid()}")).EnsureSuccessStatusCode();

        var ofMember = await desk.Manager.GetFromJsonAsync<JsonElement>($"/api/audit?memberId={memberId}&pageSize=100");
        var entries = ofMember.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(memberId.ToString(), e.GetProperty("entityId").GetString()));
        Assert.Contains(entries, e => e.GetProperty("actor").GetString() == desk.EmailOf("SocialResearcher") && e.GetProperty("action").GetString() == "Viewed");

        var researcher = Uri.EscapeDataString(desk.EmailOf("SocialResearcher"));
        var byUser = await desk.Manager.GetFromJsonAsync<JsonElement>($"/api/audit?memberId={memberId}&actor={researcher}");
        Assert.All(byUser.GetProperty("items").EnumerateArray(), e => Assert.Equal(desk.EmailOf("SocialResearcher"), e.GetProperty("actor").GetString()));
        Assert.Equal(1, byUser.GetProperty("total").GetInt32());

        // The first hour holds the officer's read, not the researcher's two hours later.
        var firstHour = await desk.Manager.GetFromJsonAsync<JsonElement>(
            $"/api/audit?memberId={memberId}&from={Uri.EscapeDataString(start.ToString("O"))}&to={Uri.EscapeDataString(start.AddHours(1).ToString("O"))}");
        Assert.DoesNotContain(firstHour.GetProperty("items").EnumerateArray(), e => e.GetProperty("actor").GetString() == desk.EmailOf("SocialResearcher"));
        Assert.Contains(firstHour.GetProperty("items").EnumerateArray(), e => e.GetProperty("actor").GetString() == desk.EmailOf("MemberRelationsOfficer"));

        using var response = await desk.Manager.GetAsync($"/api/audit?memberId={memberId}&actor={researcher}&format=xlsx");
        using var workbook = new Workbook(await response.Content.ReadAsByteArrayAsync());
        Assert.True(workbook.IsRightToLeft(0));
        Assert.Equal(2, workbook.RowCount(0));
        Assert.Equal(desk.EmailOf("SocialResearcher"), workbook.Text(0, "C2"));
        Assert.Equal(start.AddHours(2).ToOffset(TimeSpan.FromHours(3)).DateTime, workbook.Date(0, "A2"));
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync($"/api/audit?memberId={memberId}")).StatusCode);
    }
}

public sealed class SqliteExportsTests(SqliteCasesHost host) : ExportsTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresExportsTests(PostgresCasesHost host) : ExportsTests(host), IClassFixture<PostgresCasesHost>;
