using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>The front desk without friction: the server's own words on a refusal, the member carried over, messages that go once fixed.</summary>
public sealed class FrontDeskTests
{
    private const string Password = "Officer-pass-2026";
    private const string OfficerEmail = "desk@test.local";

    [SkippableFact]
    public async Task Registering_a_national_ID_on_record_says_already_registered_links_that_member_and_the_message_goes_once_the_ID_is_changed()
    {
        await using var session = await BrowserSession.StartAsync();
        using var officer = await OfficerAsync(session.App);
        var existing = await RegisterAsync(officer, "1000000008", "0501234567");

        foreach (var (language, width) in new[] { ("ar", 1366), ("en", 360) })
        {
            var page = await session.NewPageAsync();
            await InLanguageAsync(session, page, language);
            await session.SignInAsync(page, OfficerEmail, Password);
            await page.SetViewportSizeAsync(width, 800);
            await page.GotoAsync("/members");
            await page.ClickAsync("[data-testid=new-member]");
            await FillAsync(page, "first-name", "سعد");
            await FillAsync(page, "father-name", "عبدالله");
            await FillAsync(page, "grandfather-name", "محمد");
            await FillAsync(page, "family-name", "الرويلي");
            await FillAsync(page, "national-id", "1000000008");
            await FillAsync(page, "mobile", "0559876543");
            await page.ClickAsync("[data-testid=save-member]");

            var error = await page.WaitForSelectorAsync("[data-testid=member-form-error]");
            var text = await error!.InnerTextAsync();
            Assert.Contains(language == "ar" ? "مسجل مسبقًا" : "already registered", text, StringComparison.Ordinal);
            Assert.DoesNotContain(language == "ar" ? "في الوقت نفسه" : "same time", text, StringComparison.Ordinal);
            Assert.EndsWith($"members/{existing}", await page.GetAttributeAsync("[data-testid=existing-member-link]", "href"), StringComparison.Ordinal);
            await BrowserSession.ScreenshotAsync(page, $"front-desk-01-duplicate-id-{language}-{width}");

            await FillAsync(page, "national-id", "1000000016");
            await page.PressAsync("input[data-testid=national-id]", "Tab");
            await page.Locator("[data-testid=member-form-error]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
            Assert.Null(await page.QuerySelectorAsync(".mud-input-error"));
            await BrowserSession.ScreenshotAsync(page, $"front-desk-02-id-fixed-{language}-{width}");
            await page.Context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task A_new_request_from_a_members_page_has_the_member_chosen_and_the_page_opens_a_portal_account()
    {
        await using var session = await BrowserSession.StartAsync();
        using var officer = await OfficerAsync(session.App);
        var member = await RegisterAsync(officer, "1000000024", "0501112222");

        var page = await session.NewPageAsync();
        await session.SignInAsync(page, OfficerEmail, Password);
        await page.SetViewportSizeAsync(360, 780);
        await page.GotoAsync($"/members/{member}");
        await page.ClickAsync("[data-testid=new-request-for-member]");
        await page.WaitForURLAsync(url => url.Contains($"/cases/new?member={member}", StringComparison.Ordinal));
        var picker = page.Locator("input[data-testid=member-picker], [data-testid=member-picker] input").First;
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('input')].some(i => i.value.includes('الرويلي'))");
        Assert.Equal("سعد عبدالله محمد الرويلي", await picker.InputValueAsync());
        Assert.Contains("1000000024", await page.InnerTextAsync("[data-testid=member-section]"), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "front-desk-03-new-request-for-member-ar-360");

        await page.GotoAsync($"/members/{member}");
        await page.ClickAsync("[data-testid=open-portal-account]");
        await FillAsync(page, "portal-account-email", "saad@test.local");
        await page.ClickAsync("[data-testid=portal-account-open]");
        await page.Locator("[data-testid=portal-account-form]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        using (var scope = session.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal("saad@test.local", await db.Users.Where(u => u.MemberId == member).Select(u => u.Email).SingleAsync());
        }

        // A second account for the same member: the server's own reason, not a concurrency message.
        await page.ClickAsync("[data-testid=open-portal-account]");
        await FillAsync(page, "portal-account-email", "saad2@test.local");
        await page.ClickAsync("[data-testid=portal-account-open]");
        Assert.Contains("لهذا العضو حساب في البوابة", await (await page.WaitForSelectorAsync("[data-testid=portal-account-error]"))!.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "front-desk-04-portal-account-ar-360");
    }

    [SkippableFact]
    public async Task A_join_date_picked_on_the_Hijri_calendar_is_stored_as_that_day()
    {
        await using var session = await BrowserSession.StartAsync();
        using var officer = await OfficerAsync(session.App);
        var page = await session.NewPageAsync();
        await session.SignInAsync(page, OfficerEmail, Password);
        await page.GotoAsync("/members");
        await page.ClickAsync("[data-testid=new-member]");
        await FillAsync(page, "first-name", "منيرة");
        await FillAsync(page, "father-name", "عبدالله");
        await FillAsync(page, "grandfather-name", "محمد");
        await FillAsync(page, "family-name", "الرويلي");
        await FillAsync(page, "national-id", "1000000032");
        await FillAsync(page, "mobile", "0553334444");
        await page.ClickAsync("[data-testid=member-roles] .mud-chip:has-text('عضو الجمعية العمومية')");
        await page.WaitForSelectorAsync("[data-testid=joined-on]");
        await FillAsync(page, "membership-number", "GA-0042");

        // The 15th of this Hijri month, picked on the Umm al-Qura calendar the picker opens on.
        var hijri = new System.Globalization.UmAlQuraCalendar();
        var today = DateTime.Today;
        var expected = DateOnly.FromDateTime(hijri.ToDateTime(hijri.GetYear(today), hijri.GetMonth(today), 15, 0, 0, 0, 0));
        await page.Locator("[data-testid=joined-on] input").First.ClickAsync();
        await page.Locator(".mud-popover-open button.mud-picker-calendar-day:not(.mud-hidden)", new PageLocatorOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^\\s*15\\s*$") })
            .First.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=joined-on] input').value.endsWith('/15')");
        var both = await page.InnerTextAsync("[data-testid=joined-on-both]");
        Assert.Contains("١٥", both, StringComparison.Ordinal);
        // The Gregorian date beside it is written in the page's Arabic-Indic digits.
        Assert.Contains(DomatAljandal.Domain.Text.ArabicText.ToArabicIndicDigits(expected.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), both, StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "front-desk-05-hijri-date-ar-1366");
        await page.ClickAsync("[data-testid=save-member]");
        await page.WaitForURLAsync(url => url.Contains("/members/", StringComparison.Ordinal));

        using var scope = session.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(expected, await db.Set<DomatAljandal.Domain.Members.Member>().Where(m => m.NationalId == "1000000032").Select(m => m.JoinedOn).SingleAsync());
    }

    private static Task FillAsync(IPage page, string testId, string value) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First.FillAsync(value);

    private static async Task InLanguageAsync(BrowserSession session, IPage page, string language)
    {
        if (language == "en")
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = session.BaseUrl }]);
        }
    }

    private static async Task<HttpClient> OfficerAsync(DomatAppFactory app)
    {
        using var admin = await app.AdminClientAsync();
        (await admin.PostAsJsonAsync("/api/users", new { email = OfficerEmail, password = Password, fullName = "سلمى الرويلي", roles = new[] { "MemberRelationsOfficer" } }))
            .EnsureSuccessStatusCode();
        return await app.ClientForAsync(OfficerEmail, Password);
    }

    private static async Task<Guid> RegisterAsync(HttpClient officer, string nationalId, string mobile)
    {
        var response = await officer.PostAsJsonAsync("/api/members", new
        {
            firstName = "سعد", fatherName = "عبدالله", grandfatherName = "محمد", familyName = "الرويلي", nationalId, mobile, city = "دومة الجندل",
            roles = new[] { "Beneficiary" }, consentToContact = true, consentToDataProcessing = true, apiaries = Array.Empty<object>(),
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
