using System.Net.Http.Json;
using DomatAljandal.Host.Tests.Infrastructure;

namespace DomatAljandal.Browser.Tests;

public sealed class VolunteeringPageTests
{
    [SkippableFact]
    public async Task Staff_log_a_members_volunteering_hours_and_approve_them()
    {
        await using var session = await BrowserSession.StartAsync();
        using (var admin = await session.App.AdminClientAsync())
        {
            var registered = await admin.PostAsJsonAsync("/api/members", new
            {
                firstName = "نورة", fatherName = "سالم", grandfatherName = "فهد", familyName = "الشراري", nationalId = "1000000016",
                mobile = "0551112222", city = "دومة الجندل", roles = new[] { "Volunteer" }, consentToContact = true, consentToDataProcessing = true,
            });
            Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        }

        var page = await session.NewPageAsync();
        await session.SignInAsync(page, DomatAppFactory.AdminEmail, DomatAppFactory.AdminPassword);
        await page.GotoAsync("/volunteering");
        await page.WaitForSelectorAsync("[data-testid=log-hours]");

        await page.FillAsync("[data-testid=log-hours] input[data-testid=member-picker], [data-testid=log-hours] [data-testid=member-picker] input", "نوره");
        await page.ClickAsync("text=نورة سالم فهد الشراري");
        // The first day of this Hijri month, picked on the Umm al-Qura calendar (never in the future).
        await page.Locator("[data-testid=worked-on] input").First.ClickAsync();
        await page.Locator(".mud-popover-open button.mud-picker-calendar-day:not(.mud-hidden)", new Microsoft.Playwright.PageLocatorOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^\\s*1\\s*$") })
            .First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=worked-on-both]");
        await page.FillAsync("[data-testid=log-hours] >> text=الساعات >> xpath=.. >> input", "4");
        await page.FillAsync("[data-testid=log-hours] >> text=العمل المنجز >> xpath=.. >> input", "فرز خلايا النحل في المنحل الجماعي");
        await page.ClickAsync("[data-testid=log-hours] button:has-text('تسجيل')");

        var pending = page.Locator("tr", new() { HasText = "فرز خلايا النحل" });
        await pending.WaitForAsync();
        Assert.Contains("نورة سالم فهد الشراري", await pending.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "40-volunteering-hours-ar");

        await pending.Locator("button:has-text('اعتماد')").ClickAsync();
        await page.WaitForSelectorAsync("text=لا توجد ساعات بانتظار الاعتماد.");
    }
}
