using System.Net.Http.Json;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>Each role's home: what needs them now, counted, with the person's name in the header.</summary>
public sealed class HomePagesTests
{
    [SkippableFact]
    public async Task Each_role_finds_its_own_counts_on_the_home_page()
    {
        await using var session = await BrowserSession.StartAsync();
        using var desk = await CaseDesk.OpenAsync(session.App);
        var received = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        var atCommittee = await desk.CaseAtCommitteeAsync();
        var reference = (await desk.GetCaseAsync(atCommittee)).GetProperty("reference").GetString()!;
        using (var visitor = session.App.CreateClient())
        {
            (await visitor.PostAsJsonAsync("/api/portal/signup/apply", new
            {
                firstName = "نورة", fatherName = "سالم", grandfatherName = "فهد", familyName = "الشراري", nationalId = CaseDesk.NewNationalId(),
                mobile = "0557654321", city = "دومة الجندل", email = "noura@test.local", password = "Member-pass-2026",
            })).EnsureSuccessStatusCode();
        }

        // The officer: the received case's task waits for them; the committee's task is not theirs.
        var officer = await HomeAsync(session, desk.EmailOf("MemberRelationsOfficer"), CaseDesk.Password, "officer", 360);
        Assert.Equal("١", await officer.InnerTextAsync("[data-testid=home-tasks-value]"));
        Assert.Equal("٠", await officer.InnerTextAsync("[data-testid=home-awaiting-member-value]"));
        Assert.Null(await officer.QuerySelectorAsync("[data-testid=home-decisions]"));

        // An address that does not exist: the friendly page in the user's language, not raw JSON.
        var missing = await officer.GotoAsync("/no-such-page");
        Assert.Equal(404, missing!.Status);
        Assert.Contains("الصفحة غير موجودة", await (await officer.WaitForSelectorAsync("[data-testid=not-found]"))!.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(officer, "home-officer-not-found-ar-360");

        var committee = await HomeAsync(session, desk.EmailOf("CommitteeMember"), CaseDesk.Password, "committee", 1366);
        Assert.Equal("١", await committee.InnerTextAsync("[data-testid=home-decisions-count]"));
        var decision = await committee.InnerTextAsync("[data-testid=home-decision]");
        Assert.Contains(reference, decision, StringComparison.Ordinal);
        Assert.Contains("المهلة", decision, StringComparison.Ordinal);
        Assert.Null(await committee.QuerySelectorAsync("[data-testid=home-tasks]"));
        Assert.Equal("موظف تجريبي", (await committee.InnerTextAsync("[data-testid=signed-in-user]")).Trim());

        var manager = await HomeAsync(session, desk.EmailOf("Manager"), CaseDesk.Password, "manager", 1366, english: true);
        Assert.Equal("2", await manager.InnerTextAsync("[data-testid=home-opened-today-value]"));
        Assert.Equal("2", await manager.InnerTextAsync("[data-testid=home-open-value]"));
        Assert.Equal("1", await manager.InnerTextAsync("[data-testid=home-in-committee-value]"));

        var admin = await HomeAsync(session, DomatAppFactory.AdminEmail, DomatAppFactory.AdminPassword, "admin", 1366);
        Assert.Equal("١", await admin.InnerTextAsync("[data-testid=home-pending-registrations-value]"));
        Assert.Equal("٠", await admin.InnerTextAsync("[data-testid=home-incidents-value]"));
        Assert.Equal("٠", await admin.InnerTextAsync("[data-testid=home-outbox-failures-value]"));
        Assert.NotEqual(received, atCommittee);
    }

    private static async Task<IPage> HomeAsync(BrowserSession session, string email, string password, string who, int width, bool english = false)
    {
        var page = await session.NewPageAsync();
        if (english)
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = session.BaseUrl }]);
        }

        await session.SignInAsync(page, email, password);
        await page.SetViewportSizeAsync(width, 800);
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("[data-testid=role-home]");
        await BrowserSession.ScreenshotAsync(page, $"home-{who}-{(english ? "en" : "ar")}-{width}");
        // The counts fit the screen (on a phone: two columns, nothing pushed sideways).
        var right = await page.EvaluateAsync<double>("document.querySelector('[data-testid=role-home]').getBoundingClientRect().right - window.innerWidth");
        var left = await page.EvaluateAsync<double>("document.querySelector('[data-testid=role-home]').getBoundingClientRect().left");
        Assert.True(right <= 0 && left >= 0, $"{who}'s counts stick out of the {width}px screen ({left}, {right})");
        return page;
    }
}
