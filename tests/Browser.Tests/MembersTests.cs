using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

public sealed class MembersTests
{
    [SkippableFact]
    public async Task An_officer_finds_a_member_by_a_spelling_variant_opens_the_360_page_and_logs_a_phone_call()
    {
        await using var session = await BrowserSession.StartAsync();
        const string email = "officer@test.local";
        using var officer = await OfficerAsync(session.App, email);
        var ahmad = await RegisterAsync(officer, "أحمد", "عبدالله", "محمد", "الرويلي", "1000000008", "0501234567",
            apiaries: [new { location = "وادي السرحان، شمال دومة الجندل", hiveCount = 40 }]);
        await RegisterAsync(officer, "عبد الله", "سالم", "فهد", "الشراري", "1000000016", "0551112222");
        await RegisterAsync(officer, "فاطمة", "أحمد", "علي", "الحازمي", "2000000006", "0562223333");
        var opened = await officer.PostAsJsonAsync("/api/cases", new
        {
            memberId = ahmad,
            serviceType = "support-request",
            channel = "InPerson",
            data = new { supportKind = "خلايا نحل", hiveCount = 40, justification = "تعويض خسائر الشتاء" },
        });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());

        var page = await session.NewPageAsync();
        await session.SignInAsync(page, email, Password);
        await page.GotoAsync("/members");
        var search = page.Locator("input[data-testid=member-search]");
        await search.WaitForAsync();
        await search.PressSequentiallyAsync("احمد", new LocatorPressSequentiallyOptions { Delay = 60 });
        var result = page.Locator("[data-testid=member-result]", new PageLocatorOptions { HasText = "أحمد عبدالله محمد الرويلي" });
        await result.WaitForAsync();
        // «فاطمة أحمد …» matches too (father's name), ranked by name after the exact first-name match; «عبد الله … الشراري» drops out.
        await page.Locator("[data-testid=member-result]", new PageLocatorOptions { HasText = "الشراري" })
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.Equal(["أحمد عبدالله محمد الرويلي", "فاطمة أحمد علي الحازمي"], await page.Locator("[data-testid=member-result]").AllInnerTextsAsync());
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await BrowserSession.ScreenshotAsync(page, "members-01-search-ar");

        await result.ClickAsync();
        await page.WaitForURLAsync($"**/members/{ahmad}");
        await page.Locator("[data-testid=member-name]", new PageLocatorOptions { HasText = "أحمد عبدالله محمد الرويلي" }).WaitForAsync();
        Assert.Contains("وادي السرحان", await page.InnerTextAsync("[data-testid=member-apiaries]"), StringComparison.Ordinal);
        Assert.Contains("DJ-", await page.InnerTextAsync("[data-testid=member-cases]"), StringComparison.Ordinal);
        Assert.Contains("لا توجد استبيانات بعد", await page.InnerTextAsync("[data-testid=member-surveys]"), StringComparison.Ordinal);

        // The officer on the phone: subject, summary, Enter (channel Phone and direction In by default).
        await page.FillAsync("input[data-testid=log-subject]", "استفسار عن موعد لجنة البحث");
        await page.FillAsync("input[data-testid=log-summary]", "اتصل العضو يسأل عن موعد اجتماع اللجنة، وأُبلغ بأنه خلال أسبوعين");
        await page.PressAsync("input[data-testid=log-summary]", "Enter");
        var logged = page.Locator("[data-testid=interaction]", new PageLocatorOptions { HasText = "استفسار عن موعد لجنة البحث" });
        await logged.WaitForAsync();
        var text = await logged.InnerTextAsync();
        Assert.Contains("الاتصالات الهاتفية", text, StringComparison.Ordinal);
        Assert.Contains("وارد", text, StringComparison.Ordinal);
        Assert.Contains(email, text, StringComparison.Ordinal);
        Assert.Equal(string.Empty, await page.InputValueAsync("input[data-testid=log-subject]"));
        await BrowserSession.ScreenshotAsync(page, "members-02-360-logged-ar");

        var interactions = await officer.GetFromJsonAsync<JsonElement>($"/api/members/{ahmad}/interactions");
        var call = Assert.Single(interactions.GetProperty("items").EnumerateArray());
        Assert.Equal("Phone", call.GetProperty("channel").GetString());
        Assert.Equal("In", call.GetProperty("direction").GetString());

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await page.Locator("[data-testid=member-name]").WaitForAsync();
        await BrowserSession.ScreenshotAsync(page, "members-03-360-narrow-ar");
        // Nothing sticks out of the phone's width (which would scroll the page sideways or cut text off).
        var outside = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.mud-main-content *')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > document.documentElement.clientWidth + 1); })
                .filter(e => !e.closest('.mud-table-container, .mud-simple-table'))
                .map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 40))
            """);
        Assert.True(outside.Length == 0, string.Join("\n", outside));
        Assert.True(await page.Locator(".mud-main-content [data-testid=interaction]").CountAsync() > 0);
    }

    private const string Password = "Officer-pass-2026";

    private static async Task<HttpClient> OfficerAsync(DomatAppFactory app, string email)
    {
        using var admin = await app.AdminClientAsync();
        var created = await admin.PostAsJsonAsync("/api/users", new { email, password = Password, fullName = "سلمى الرويلي", roles = new[] { "MemberRelationsOfficer" } });
        created.EnsureSuccessStatusCode();
        return await app.ClientForAsync(email, Password);
    }

    private static async Task<Guid> RegisterAsync(HttpClient officer, string first, string father, string grandfather, string family, string nationalId,
        string mobile, object[]? apiaries = null)
    {
        var response = await officer.PostAsJsonAsync("/api/members", new
        {
            firstName = first, fatherName = father, grandfatherName = grandfather, familyName = family, nationalId, mobile, city = "دومة الجندل",
            roles = new[] { "Beneficiary" }, consentToContact = true, consentToDataProcessing = true, apiaries = apiaries ?? [],
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
