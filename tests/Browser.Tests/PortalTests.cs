using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>The member portal on a 360-pixel-wide phone, in Arabic: sign in, ask for a service, follow it, sign the declaration.</summary>
public sealed class PortalTests
{
    private const string Password = "Member-pass-2026";

    [SkippableFact]
    public async Task A_member_on_a_phone_signs_in_submits_a_request_follows_it_and_signs_the_declaration()
    {
        await using var session = await BrowserSession.StartAsync();
        var (memberId, email) = await MemberWithPortalAccountAsync(session);
        var page = await session.NewPageAsync(360, 740);

        await page.GotoAsync("/portal");
        await page.WaitForURLAsync(url => url.Contains("/portal/login", StringComparison.Ordinal));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await FitsThePhoneAsync(page, "sign-in");
        await BrowserSession.ScreenshotAsync(page, "portal-01-login-ar-360");

        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/portal", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("[data-testid=no-requests]");
        Assert.Contains("طلباتي", await page.InnerTextAsync("[data-testid=portal-nav]"), StringComparison.Ordinal);
        Assert.Null(await page.QuerySelectorAsync("[data-testid=main-nav]"));
        await FitsThePhoneAsync(page, "home");
        await BrowserSession.ScreenshotAsync(page, "portal-02-home-empty-ar-360");

        await page.ClickAsync("[data-testid=new-request]");
        await page.ClickAsync("[data-testid=service-support-request]");
        await page.WaitForSelectorAsync("[data-testid=checklist]");
        Assert.Contains("خطاب الآيبان من البنك", await page.InnerTextAsync("[data-testid=checklist]"), StringComparison.Ordinal);
        await FillAsync(page, "supportKind", "خلايا نحل");
        await FillAsync(page, "hiveCount", "40");
        await FillAsync(page, "justification", "تعويض خسائر الشتاء بعد موجة البرد");
        await FitsThePhoneAsync(page, "new request");
        await BrowserSession.ScreenshotAsync(page, "portal-03-new-request-ar-360");

        await page.ClickAsync("[data-testid=submit-request]");
        await page.WaitForURLAsync(url => url.Contains("/portal/requests/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("[data-testid=step-tracker]");
        Assert.Equal("Current", await page.GetAttributeAsync("[data-testid=step-receive]", "data-state"));
        var reference = await page.InnerTextAsync("[data-testid=request-reference]");
        Assert.Matches(@"^DJ-\d{4}-\d{6}$", reference);
        await FitsThePhoneAsync(page, "request");
        await BrowserSession.ScreenshotAsync(page, "portal-04-request-tracked-ar-360");
        var caseId = Guid.Parse(page.Url.Split('/')[^1]);

        // At the office the officer receives and verifies it: now the member is asked to sign.
        await OfficerMovesToDeclarationAsync(session, caseId);
        await page.GotoAsync("/portal");
        await page.WaitForSelectorAsync("[data-testid=my-request]");
        Assert.Contains(reference, await page.InnerTextAsync("[data-testid=my-requests]"), StringComparison.Ordinal);
        Assert.Contains("وقّع الإقرار", await page.InnerTextAsync("[data-testid=my-request]"), StringComparison.Ordinal);
        await FitsThePhoneAsync(page, "home with a request");
        await BrowserSession.ScreenshotAsync(page, "portal-05-home-action-ar-360");

        await page.ClickAsync("[data-testid=open-request]");
        await page.WaitForSelectorAsync("[data-testid=declaration-panel]");
        Assert.Contains("أقر أنا الموقع أدناه", await page.InnerTextAsync("[data-testid=declaration-text]"), StringComparison.Ordinal);
        await page.FillAsync("[data-testid=declaration-password] input, input[data-testid=declaration-password]", Password);
        await FitsThePhoneAsync(page, "declaration");
        await BrowserSession.ScreenshotAsync(page, "portal-06-declaration-ar-360");
        await page.ClickAsync("[data-testid=sign-declaration]");
        await page.WaitForSelectorAsync("[data-testid=declaration-signed]");
        Assert.Equal("Current", await page.GetAttributeAsync("[data-testid=step-committee]", "data-state"));
        await FitsThePhoneAsync(page, "signed");
        await BrowserSession.ScreenshotAsync(page, "portal-07-signed-ar-360");

        using var scope = session.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var signed = db.Set<Domain.Cases.ServiceCase>().Single(c => c.Id == caseId);
        Assert.Equal(memberId, signed.MemberId);
        Assert.Equal(Domain.Cases.DeclarationMethod.PortalPassword, signed.Declaration!.Method);
        Assert.False(string.IsNullOrEmpty(signed.Declaration.IpAddress));
    }

    private static async Task FillAsync(IPage page, string field, string value) =>
        await page.Locator($"[data-testid=field-{field}] textarea, [data-testid=field-{field}] input, textarea[data-testid=field-{field}], input[data-testid=field-{field}]")
            .First.FillAsync(value);

    /// <summary>Nothing is wider than the phone: no sideways scrolling.</summary>
    private static async Task FitsThePhoneAsync(IPage page, string where)
    {
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{where}: the page is {overflow}px wider than the 360px screen");
    }

    private static async Task<(Guid MemberId, string Email)> MemberWithPortalAccountAsync(BrowserSession session)
    {
        var member = Member.Register(new MemberRegistration
        {
            FirstName = "سارة", FatherName = "عبدالله", GrandfatherName = "محمد", FamilyName = "الشمري",
            NationalId = CaseDesk.NewNationalId(), Mobile = "0551234567", PreferredChannel = ContactChannel.Sms, PreferredLanguage = "ar",
            ConsentToContact = true, ConsentToDataProcessing = true,
        }, DateTimeOffset.UtcNow);
        using (var scope = session.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(member);
            await db.SaveChangesAsync();
        }

        const string email = "sara@test.local";
        using var admin = await session.App.AdminClientAsync();
        await DeskAccounts.OpenAndActivateAsync(session.App, admin, member.Id, email, Password);
        return (member.Id, email);
    }

    private static async Task OfficerMovesToDeclarationAsync(BrowserSession session, Guid caseId)
    {
        using var officer = await session.App.StaffClientAsync("MemberRelationsOfficer");
        foreach (var (activity, outcome) in new[] { ("receive", "Received"), ("verify", "Complete") })
        {
            var details = await officer.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}");
            var task = details.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("activityId").GetString() == activity);
            // The member brings the documents to the office: the officer goes on with the reason recorded.
            var data = new { overrideReason = "أحضر العضو المستندات إلى المقر" };
            (await officer.PostAsJsonAsync($"/api/cases/{caseId}/tasks/{task.GetProperty("taskId").GetGuid()}/complete", new { outcome, data })).EnsureSuccessStatusCode();
        }
    }
}
