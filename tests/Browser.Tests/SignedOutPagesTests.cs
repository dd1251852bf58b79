using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>A visitor who is not signed in: from the portal's sign-in page to sign-up and to a password reset, both completed.</summary>
public sealed partial class SignedOutPagesTests
{
    private const string Password = "Member-pass-2026";

    [SkippableFact]
    public async Task A_member_on_record_signs_up_from_the_sign_in_page_on_a_phone_signed_out()
    {
        await using var session = await BrowserSession.StartAsync();
        var member = await MemberOnRecordAsync(session, "0551112233");
        var page = await session.NewPageAsync(360, 740);

        await page.GotoAsync("/portal/login");
        await page.ClickAsync("[data-testid=portal-signup-link]");
        await page.WaitForURLAsync(url => url.Contains("/portal/signup", StringComparison.Ordinal));
        await FillAsync(page, "signup-national-id", member.NationalId);
        await FillAsync(page, "signup-mobile", member.Mobile);
        await BrowserSession.ScreenshotAsync(page, "signed-out-01-signup-ar-360");
        await page.ClickAsync("[data-testid=signup-send-code]");
        await page.WaitForSelectorAsync("[data-testid=signup-code]");

        await FillAsync(page, "signup-code", await LastCodeSentAsync(session));
        await FillAsync(page, "account-email", "sara.signup@test.local");
        await FillAsync(page, "account-password", Password);
        await BrowserSession.ScreenshotAsync(page, "signed-out-02-signup-code-ar-360");
        await page.ClickAsync("[data-testid=signup-create]");
        await page.WaitForSelectorAsync("[data-testid=signup-done]");
        await FitsThePhoneAsync(page);
        await BrowserSession.ScreenshotAsync(page, "signed-out-03-signup-done-ar-360");

        Assert.False(string.IsNullOrEmpty(await session.App.LoginAsync("sara.signup@test.local", Password)));
    }

    [SkippableFact]
    public async Task A_member_resets_a_forgotten_password_signed_out_in_english()
    {
        await using var session = await BrowserSession.StartAsync();
        var member = await MemberOnRecordAsync(session, "0551112244");
        const string email = "sara.reset@test.local";
        using (var admin = await session.App.AdminClientAsync())
        {
            (await admin.PostAsJsonAsync($"/api/members/{member.Id}/portal-account", new { email, password = Password })).EnsureSuccessStatusCode();
        }

        var page = await session.NewPageAsync();
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = session.BaseUrl }]);
        await page.GotoAsync("/portal/login");
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
        await page.ClickAsync("[data-testid=portal-reset-link]");
        await page.WaitForURLAsync(url => url.Contains("/portal/reset-password", StringComparison.Ordinal));
        await FillAsync(page, "reset-email", email);
        await BrowserSession.ScreenshotAsync(page, "signed-out-04-reset-en-1366");
        await page.ClickAsync("[data-testid=reset-send-code]");
        await page.WaitForSelectorAsync("[data-testid=reset-code]");

        await FillAsync(page, "reset-code", await LastCodeSentAsync(session));
        await FillAsync(page, "reset-password", "Renewed-pass-2026");
        await page.ClickAsync("[data-testid=reset-set]");
        await page.WaitForSelectorAsync("[data-testid=reset-done]");
        Assert.Contains("new password is set", await page.InnerTextAsync("[data-testid=reset-done]"), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "signed-out-05-reset-done-en-1366");

        Assert.False(string.IsNullOrEmpty(await session.App.LoginAsync(email, "Renewed-pass-2026")));
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_member_activates_the_account_the_desk_opened_from_the_link_in_the_message_signed_out(bool english)
    {
        await using var session = await BrowserSession.StartAsync();
        var member = await MemberOnRecordAsync(session, english ? "0551112266" : "0551112255");
        var email = english ? "sara.activate.en@test.local" : "sara.activate@test.local";
        using (var admin = await session.App.AdminClientAsync())
        {
            (await admin.PostAsJsonAsync($"/api/members/{member.Id}/portal-account", new { email })).EnsureSuccessStatusCode();
        }

        string code;
        using (var scope = session.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var message = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.TemplateKey == NotificationTemplateKeys.PortalActivation)
                .OrderByDescending(m => m.CreatedAt).FirstAsync();
            code = SixDigits().Match(message.BodyText).Value;
        }

        var page = await session.NewPageAsync(english ? 1366 : 360, 740);
        var language = english ? "en" : "ar";
        if (english)
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = session.BaseUrl }]);
        }

        // The sign-in page leads there too; the message's link fills in the email and the code.
        await page.GotoAsync("/portal/login");
        Assert.NotNull(await page.QuerySelectorAsync("[data-testid=portal-activate-link]"));
        await page.GotoAsync($"/portal/activate?email={Uri.EscapeDataString(email)}&code={code}");
        await page.WaitForSelectorAsync("[data-testid=activate-submit]");
        Assert.Equal(email, await page.Locator("[data-testid=activate-email] input").InputValueAsync());
        Assert.Equal(code, await page.Locator("[data-testid=activate-code] input").InputValueAsync());
        await FillAsync(page, "activate-password", "short");
        await page.ClickAsync("[data-testid=activate-submit]");
        await page.WaitForSelectorAsync("[data-testid=activate-error]");
        Assert.Contains(english ? "The password" : "كلمة المرور", await page.InnerTextAsync("[data-testid=activate-error]"), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, $"signed-out-06-activate-weak-{language}");

        await FillAsync(page, "activate-password", Password);
        await page.ClickAsync("[data-testid=activate-submit]");
        await page.WaitForSelectorAsync("[data-testid=activate-done]");
        Assert.Contains(english ? "Your account is active" : "فُعّل حسابك", await page.InnerTextAsync("[data-testid=activate-done]"), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, $"signed-out-07-activate-done-{language}");
        if (!english)
        {
            await FitsThePhoneAsync(page);
        }

        Assert.False(string.IsNullOrEmpty(await session.App.LoginAsync(email, Password)));
    }

    private static Task FillAsync(IPage page, string testId, string value) =>
        page.Locator($"[data-testid={testId}] input, input[data-testid={testId}]").First.FillAsync(value);

    private static async Task FitsThePhoneAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the 360px screen");
    }

    /// <summary>The code as the member received it: the newest code message in the outbox.</summary>
    private static async Task<string> LastCodeSentAsync(BrowserSession session)
    {
        using var scope = session.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var message = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.TemplateKey == NotificationTemplateKeys.PortalCode)
            .OrderByDescending(m => m.CreatedAt).FirstAsync();
        return SixDigits().Match(message.BodyText).Value;
    }

    private static async Task<Member> MemberOnRecordAsync(BrowserSession session, string mobile)
    {
        var member = Member.Register(new MemberRegistration
        {
            FirstName = "سارة", FatherName = "عبدالله", GrandfatherName = "محمد", FamilyName = "الشمري",
            NationalId = CaseDesk.NewNationalId(), Mobile = mobile, PreferredChannel = ContactChannel.Sms, PreferredLanguage = "ar",
            ConsentToContact = true, ConsentToDataProcessing = true,
        }, DateTimeOffset.UtcNow);
        using var scope = session.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(member);
        await db.SaveChangesAsync();
        return member;
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
