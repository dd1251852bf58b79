using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>The service performance page with its charts, in Arabic on a desk and in both languages on a phone, and the audit page filtered by a member.</summary>
public sealed class ReportsPageTests
{
    private const string Password = "Reports-pass-2026";
    private const string OfficerEmail = "reports-officer@test.local";
    private const string ManagerEmail = "reports-manager@test.local";

    [SkippableFact]
    public async Task A_manager_sees_stage_and_week_charts_the_stage_table_and_department_kpis_and_the_audit_of_one_member()
    {
        await using var session = await BrowserSession.StartAsync();
        using (var admin = await session.App.AdminClientAsync())
        {
            (await admin.PostAsJsonAsync("/api/users", new { email = OfficerEmail, password = Password, fullName = "سلمى الرويلي", roles = new[] { "MemberRelationsOfficer" } })).EnsureSuccessStatusCode();
            (await admin.PostAsJsonAsync("/api/users", new { email = ManagerEmail, password = Password, fullName = "خالد الشمري", roles = new[] { "Manager" } })).EnsureSuccessStatusCode();
        }

        Guid memberId = default;
        using (var officer = await session.App.ClientForAsync(OfficerEmail, Password))
        {
            for (var i = 0; i < 2; i++)
            {
                var opened = await officer.PostAsJsonAsync("/api/cases", new
                {
                    member = new { fullName = "فهد عبدالله محمد الرويلي", nationalId = i == 0 ? "1000000024" : "1000000032", mobile = "0501234567", preferredChannel = "Sms" },
                    serviceType = "support-request", channel = "InPerson",
                    data = new { supportKind = "خلايا نحل", hiveCount = 40, justification = "تعويض خسائر الشتاء" },
                });
                Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
                var created = await opened.Content.ReadFromJsonAsync<JsonElement>();
                memberId = created.GetProperty("memberId").GetGuid();
                var caseId = created.GetProperty("id").GetGuid();
                var details = await officer.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}");
                var task = details.GetProperty("tasks").EnumerateArray().Single();
                (await officer.PostAsJsonAsync($"/api/cases/{caseId}/tasks/{task.GetProperty("taskId").GetGuid()}/complete", new { outcome = "Received" }))
                    .EnsureSuccessStatusCode();
            }

            (await officer.GetAsync($"/api/members/{memberId}")).EnsureSuccessStatusCode();
        }

        foreach (var (language, width) in new[] { ("ar", 1366), ("ar", 360), ("en", 360) })
        {
            var page = await session.NewPageAsync();
            if (language == "en")
            {
                await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = session.BaseUrl }]);
            }

            await session.SignInAsync(page, ManagerEmail, Password);
            await page.SetViewportSizeAsync(width, 800);
            await page.GotoAsync("/reports/stages");
            await page.WaitForSelectorAsync("[data-testid=stage-chart] svg");
            await page.WaitForSelectorAsync("[data-testid=weeks-chart] svg");
            var table = await page.InnerTextAsync("[data-testid=stage-table]");
            Assert.Contains(language == "ar" ? "استقبال" : "Receive", table, StringComparison.Ordinal);
            var departments = await page.InnerTextAsync("[data-testid=department-table]");
            Assert.Contains(language == "ar" ? "إدارة علاقات الأعضاء" : "Member relations", departments, StringComparison.Ordinal);
            Assert.Equal(language == "ar" ? "rtl" : "ltr", await page.EvaluateAsync<string>("document.documentElement.dir"));
            Assert.EndsWith("api/reports/stages?format=xlsx", await page.GetAttributeAsync("[data-testid=export-stages]", "href"), StringComparison.Ordinal);
            await BrowserSession.ScreenshotAsync(page, $"reports-01-service-performance-{language}-{width}");
            await AssertFitsAsync(page, $"service performance {language} {width}");

            await page.GotoAsync($"/reports/audit?memberId={memberId}");
            await page.WaitForSelectorAsync("[data-testid=audit-table] tbody tr");
            var rows = await page.InnerTextAsync("[data-testid=audit-table]");
            Assert.Contains(OfficerEmail, rows, StringComparison.Ordinal);
            Assert.Contains(memberId.ToString(), rows, StringComparison.Ordinal);
            await BrowserSession.ScreenshotAsync(page, $"reports-02-audit-of-a-member-{language}-{width}");
            await AssertFitsAsync(page, $"audit {language} {width}");
            await page.Context.CloseAsync();
        }
    }

    private static async Task AssertFitsAsync(IPage page, string name)
    {
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 1, $"{name}: the page overflows horizontally by {overflow}px");
    }
}
