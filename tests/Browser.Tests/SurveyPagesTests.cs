using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Surveys;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>The satisfaction survey on a 360-pixel phone in Arabic, answered with a tap on "send", and the manager's charts.</summary>
public sealed class SurveyPagesTests
{
    private const string Password = "Member-pass-2026";

    [SkippableFact]
    public async Task A_member_on_a_phone_answers_the_survey_of_a_closed_request_and_the_manager_sees_the_charts()
    {
        await using var session = await BrowserSession.StartAsync();
        var memberId = await MemberAsync(session, "huda@test.local");
        using var member = session.App.CreateClient();
        member.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await session.App.LoginAsync("huda@test.local", Password));
        var created = await (await member.PostAsJsonAsync("/api/portal/requests", new
        {
            serviceType = "support-request", data = new { supportKind = "خلايا نحل", hiveCount = 40, justification = "تعويض خسائر الشتاء" },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var caseId = created.GetProperty("id").GetGuid();
        (await member.PostAsJsonAsync($"/api/portal/requests/{caseId}/withdraw", new { reason = "لم أعد بحاجة إليه" })).EnsureSuccessStatusCode();
        Guid surveyId;
        using (var scope = session.App.Services.CreateScope())
        {
            surveyId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<CaseSurvey>().Where(s => s.CaseId == caseId).Select(s => s.Id).SingleAsync();
        }

        var page = await session.NewPageAsync(360, 740);
        await page.GotoAsync("/portal/login");
        await page.FillAsync("#email", "huda@test.local");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/portal", StringComparison.Ordinal));
        await page.GotoAsync($"/portal/surveys/{surveyId}");
        await page.WaitForSelectorAsync("[data-testid=survey-form]");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Contains("دون اسمك", await page.InnerTextAsync("[data-testid=anonymous-notice]"), StringComparison.Ordinal);
        await FitsThePhoneAsync(page, "survey");
        await BrowserSession.ScreenshotAsync(page, "survey-01-form-ar-360");
        using (var scope = session.App.Services.CreateScope())
        {
            // Opening the link answered nothing.
            Assert.Null((await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<CaseSurvey>().AsNoTracking().SingleAsync(s => s.Id == surveyId)).AnsweredAt);
        }

        await page.ClickAsync("[data-testid=score-1-2]");
        await page.ClickAsync("[data-testid=score-2-4]");
        await page.WaitForSelectorAsync("[data-testid=reason-1-slow]");
        await page.Locator("[data-testid=reason-1-slow]").First.ClickAsync();
        await page.Locator("textarea[data-testid=survey-comment], [data-testid=survey-comment] textarea").First.FillAsync("تأخر الرد على طلبي");
        await FitsThePhoneAsync(page, "survey with reasons");
        await BrowserSession.ScreenshotAsync(page, "survey-02-low-score-ar-360");
        await page.ClickAsync("[data-testid=send-survey]");
        await page.WaitForSelectorAsync("[data-testid=survey-thanks]");
        await FitsThePhoneAsync(page, "thanks");
        await BrowserSession.ScreenshotAsync(page, "survey-03-thanks-ar-360");
        using (var scope = session.App.Services.CreateScope())
        {
            var answer = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SurveyAnswer>().AsNoTracking().SingleAsync(a => a.SurveyId == surveyId);
            Assert.Equal(memberId, answer.MemberId);
            Assert.Equal(2, answer.LowestScore);
        }

        // Staff sign in on a wide screen (the staff menu is a drawer on a phone), then look at the page as on a phone.
        var manager = await session.NewPageAsync();
        await session.SignInAsync(manager, DomatAppFactory.AdminEmail, DomatAppFactory.AdminPassword);
        await manager.SetViewportSizeAsync(360, 740);
        await manager.GotoAsync("/reports/satisfaction");
        await manager.WaitForSelectorAsync("[data-testid=kpi-response]");
        await manager.WaitForSelectorAsync("[data-testid=follow-ups]");
        Assert.Contains("تأخر الرد على طلبي", await manager.InnerTextAsync("[data-testid=follow-ups]"), StringComparison.Ordinal);
        await FitsThePhoneAsync(manager, "manager's page");
        await BrowserSession.ScreenshotAsync(manager, "survey-04-manager-ar-360");
        var desktop = await session.NewPageAsync();
        await session.SignInAsync(desktop, DomatAppFactory.AdminEmail, DomatAppFactory.AdminPassword);
        await desktop.GotoAsync("/reports/satisfaction");
        await desktop.WaitForSelectorAsync("[data-testid=trend-chart]");
        await BrowserSession.ScreenshotAsync(desktop, "survey-05-manager-ar-desktop");
    }

    private static async Task FitsThePhoneAsync(IPage page, string where)
    {
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{where}: the page is {overflow}px wider than the 360px screen");
    }

    private static async Task<Guid> MemberAsync(BrowserSession session, string email)
    {
        var member = Member.Register(new MemberRegistration
        {
            FirstName = "هدى", FatherName = "سالم", GrandfatherName = "محمد", FamilyName = "العنزي",
            NationalId = CaseDesk.NewNationalId(), Mobile = "0557654321", PreferredChannel = ContactChannel.Sms, PreferredLanguage = "ar",
            ConsentToContact = true, ConsentToDataProcessing = true,
        }, DateTimeOffset.UtcNow);
        using (var scope = session.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(member);
            await db.SaveChangesAsync();
        }

        using var admin = await session.App.AdminClientAsync();
        await DeskAccounts.OpenAndActivateAsync(session.App, admin, member.Id, email, Password);
        return member.Id;
    }
}
