using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Domain.Members;
using DomatAljandal.Domain.Text;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>
/// Arabic pages read in one digit style (the reports, the case list's pager), the charts read right to left and fit a
/// phone, and the portal's nine sections fold into a menu on a phone.
/// </summary>
public sealed class ArabicReadingTests
{
    private const string Password = "Reading-pass-2026";
    private const string OfficerEmail = "reading-officer@test.local";
    private const string ManagerEmail = "reading-manager@test.local";

    // Every text node a person reads that carries an ASCII digit, outside what is isolated on purpose (references,
    // emails, national IDs in <bdi> / dir="ltr").
    internal const string LatinDigitsScript = """
        sel => {
            const root = document.querySelector(sel) || document.body;
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            const found = [];
            while (walker.nextNode()) {
                const el = walker.currentNode.parentElement;
                if (!el || el.closest('bdi, [dir=ltr], script, style, .ref')) continue;
                if (!el.getClientRects().length) continue;
                const text = walker.currentNode.textContent.trim();
                if (/[0-9]/.test(text)) found.push(text);
            }
            return found;
        }
        """;

    [SkippableFact]
    public async Task Arabic_reports_and_the_case_pager_use_arabic_indic_digits_and_the_charts_read_right_to_left()
    {
        await using var session = await BrowserSession.StartAsync();
        using (var admin = await session.App.AdminClientAsync())
        {
            (await admin.PostAsJsonAsync("/api/users", new { email = OfficerEmail, password = Password, fullName = "سلمى الرويلي", roles = new[] { "MemberRelationsOfficer" } })).EnsureSuccessStatusCode();
            (await admin.PostAsJsonAsync("/api/users", new { email = ManagerEmail, password = Password, fullName = "خالد الشمري", roles = new[] { "Manager" } })).EnsureSuccessStatusCode();
        }

        using (var officer = await session.App.ClientForAsync(OfficerEmail, Password))
        {
            foreach (var nationalId in new[] { "1000000024", "1000000032" })
            {
                var opened = await officer.PostAsJsonAsync("/api/cases", new
                {
                    member = new { fullName = "فهد عبدالله محمد الرويلي", nationalId, mobile = "0501234567", preferredChannel = "Sms" },
                    serviceType = "support-request", channel = "InPerson",
                    data = new { supportKind = "خلايا نحل", hiveCount = 40, justification = "تعويض خسائر الشتاء" },
                });
                Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
                var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                var task = (await officer.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}")).GetProperty("tasks").EnumerateArray().Single();
                (await officer.PostAsJsonAsync($"/api/cases/{caseId}/tasks/{task.GetProperty("taskId").GetGuid()}/complete", new { outcome = "Received" }))
                    .EnsureSuccessStatusCode();
            }
        }

        JsonElement report;
        using (var manager = await session.App.ClientForAsync(ManagerEmail, Password))
        {
            report = await manager.GetFromJsonAsync<JsonElement>("/api/reports/stages");
        }

        var page = await session.NewPageAsync();
        await session.SignInAsync(page, ManagerEmail, Password);
        foreach (var width in new[] { 1366, 360 })
        {
            await page.SetViewportSizeAsync(width, 800);

            await page.GotoAsync("/reports/stages");
            await page.WaitForSelectorAsync("[data-testid=stage-chart] svg");
            await page.WaitForSelectorAsync("[data-testid=weeks-chart] svg");
            Assert.Empty(await page.EvaluateAsync<string[]>(LatinDigitsScript, ".mud-main-content"));
            Assert.Contains("١٠٠٪", await page.InnerTextAsync("[data-testid=department-table]"), StringComparison.Ordinal);

            // The first week sits on the right, where an Arabic reader starts, labelled in Arabic-Indic digits.
            var firstWeek = report.GetProperty("weeks").EnumerateArray().First().GetProperty("weekStart").GetDateTimeOffset();
            var firstLabel = ArabicText.ToArabicIndicDigits(TimeZoneInfo.ConvertTime(firstWeek, DualDate.Riyadh).ToString("d/M", CultureInfo.InvariantCulture));
            var labels = await page.EvaluateAsync<JsonElement>("""
                () => [...document.querySelectorAll('[data-testid=weeks-chart] svg text')]
                    .filter(t => t.textContent.includes('/'))
                    .map(t => ({ text: t.textContent.trim(), x: t.getBoundingClientRect().x }))
                """);
            var weekLabels = labels.EnumerateArray().Select(l => (Text: l.GetProperty("text").GetString()!, X: l.GetProperty("x").GetDouble())).ToList();
            Assert.True(weekLabels.Count >= 2, $"week labels: {labels}");
            Assert.Equal(firstLabel, weekLabels.MaxBy(l => l.X).Text);
            await FitsAsync(page, $"service performance {width}");
            await BrowserSession.ScreenshotAsync(page, $"reading-01-stage-report-ar-{width}");

            await page.GotoAsync("/reports");
            await page.WaitForSelectorAsync("[data-testid=count-breached]");
            Assert.Empty(await page.EvaluateAsync<string[]>(LatinDigitsScript, ".mud-main-content"));
            await BrowserSession.ScreenshotAsync(page, $"reading-02-sla-ar-{width}");

            await page.GotoAsync("/reports/satisfaction");
            await page.WaitForSelectorAsync("[data-testid=feedback-figures]");
            Assert.Empty(await page.EvaluateAsync<string[]>(LatinDigitsScript, ".mud-main-content"));
            await BrowserSession.ScreenshotAsync(page, $"reading-03-satisfaction-ar-{width}");
        }

        await page.Context.CloseAsync();

        // The case list's pager: «١–٢ من ٢», and the page sizes in the same digits.
        var desk = await session.NewPageAsync();
        await session.SignInAsync(desk, OfficerEmail, Password);
        await desk.GotoAsync("/cases");
        await desk.WaitForSelectorAsync("[data-testid=cases] tbody tr >> nth=1");
        await desk.WaitForFunctionAsync("() => document.querySelector('[data-testid=cases-pager]')?.innerText.includes('١–٢ من ٢')");
        var pager = await desk.InnerTextAsync("[data-testid=cases-pager]");
        Assert.Contains("١–٢ من ٢", pager, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]", pager);
        // The select shows its value in its input (MudBlazor puts the test id on the input itself).
        Assert.Equal("٢٥", await desk.Locator("[data-testid=rows-per-page] input, input[data-testid=rows-per-page]").First.InputValueAsync());
        Assert.Empty(await desk.EvaluateAsync<string[]>(LatinDigitsScript, ".mud-main-content"));
        await BrowserSession.ScreenshotAsync(desk, "reading-04-case-list-pager-ar");
        // The lists' pager says the same in the same words: the two members of the two cases.
        await desk.GotoAsync("/members");
        await desk.WaitForFunctionAsync("() => document.querySelector('[data-testid=member-pager-total]')?.innerText.includes('١–٢ من ٢')");
        Assert.DoesNotMatch("[0-9]", await desk.InnerTextAsync("[data-testid=member-pager]"));
        await desk.GotoAsync("/cases");
        await desk.WaitForSelectorAsync("[data-testid=cases-pager-info]");
        await desk.Locator(".cases-pager").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotFolder, "reading-04-case-list-pager-ar-close.png") });
    }

    [SkippableFact]
    public async Task On_a_phone_the_portal_sections_fold_into_a_menu_that_opens_and_closes()
    {
        await using var session = await BrowserSession.StartAsync();
        var member = Member.Register(new MemberRegistration
        {
            FirstName = "سارة", FatherName = "عبدالله", GrandfatherName = "محمد", FamilyName = "الشمري",
            NationalId = CaseDesk.NewNationalId(), Mobile = "0551234567", PreferredChannel = ContactChannel.Sms, PreferredLanguage = "ar",
            ConsentToContact = true, ConsentToDataProcessing = true, ConsentRecordedBy = "officer@test.local", PrivacyNoticeVersion = 1,
        }, DateTimeOffset.UtcNow);
        using (var scope = session.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(member);
            await db.SaveChangesAsync();
        }

        const string email = "reading-sara@test.local";
        using (var admin = await session.App.AdminClientAsync())
        {
            await DeskAccounts.OpenAndActivateAsync(session.App, admin, member.Id, email, Password);
        }

        foreach (var language in new[] { "ar", "en" })
        {
            var page = await session.NewPageAsync(360, 740);
            if (language == "en")
            {
                await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = session.BaseUrl }]);
            }

            await page.GotoAsync("/portal/login");
            await page.FillAsync("#email", email);
            await page.FillAsync("#password", Password);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync(url => url.EndsWith("/portal", StringComparison.Ordinal));
            await page.WaitForSelectorAsync("[data-testid=portal-menu]");

            // Folded: one line naming the section shown, no link visible, nothing wider than the screen.
            Assert.Contains(language == "ar" ? "القائمة · طلباتي" : "Menu · My requests", MenuText(await page.InnerTextAsync("[data-testid=portal-menu]")), StringComparison.Ordinal);
            Assert.False(await page.IsVisibleAsync("[data-testid=portal-nav] a[href='portal/my-data']"));
            await FitsAsync(page, $"portal home {language}");
            var folded = await page.EvaluateAsync<double>("document.querySelector('[data-testid=portal-nav]').getBoundingClientRect().height");
            Assert.True(folded < 70, $"the folded menu is {folded}px high");
            await BrowserSession.ScreenshotAsync(page, $"reading-05-portal-menu-folded-{language}-360");

            // Open: the nine sections one under the other; choosing one goes there and folds the menu again.
            // The click goes to the server and the menu opens with the render that comes back: wait for it.
            await page.ClickAsync("[data-testid=portal-menu]");
            await page.WaitForSelectorAsync("[data-testid=portal-menu][aria-expanded=true]");
            await page.WaitForSelectorAsync("[data-testid=portal-nav] a[href='portal/my-data']", new() { State = WaitForSelectorState.Visible });
            Assert.Equal(9, await page.Locator("[data-testid=portal-nav] a:visible").CountAsync());
            await FitsAsync(page, $"portal menu open {language}");
            await BrowserSession.ScreenshotAsync(page, $"reading-06-portal-menu-open-{language}-360");
            await page.ClickAsync("[data-testid=portal-nav] a[href='portal/my-data']");
            await page.WaitForURLAsync(url => url.EndsWith("/portal/my-data", StringComparison.Ordinal));
            await page.WaitForSelectorAsync("[data-testid=portal-menu][aria-expanded=false]");
            Assert.Contains(language == "ar" ? "بياناتي" : "My data", await page.InnerTextAsync("[data-testid=portal-menu]"), StringComparison.Ordinal);
            Assert.False(await page.IsVisibleAsync("[data-testid=portal-nav] a[href='portal']"));

            // On a desk the sections are all in view and there is no menu.
            await page.SetViewportSizeAsync(1366, 800);
            Assert.False(await page.IsVisibleAsync("[data-testid=portal-menu]"));
            Assert.Equal(9, await page.Locator("[data-testid=portal-nav] a:visible").CountAsync());
            await BrowserSession.ScreenshotAsync(page, $"reading-07-portal-nav-desk-{language}");
            await page.Context.CloseAsync();
        }
    }

    private static string MenuText(string text) => string.Join(' ', text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries).Skip(1));

    private static async Task FitsAsync(IPage page, string name)
    {
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 1, $"{name}: the page overflows horizontally by {overflow}px");
    }
}
