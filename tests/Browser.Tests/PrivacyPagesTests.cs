using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>The member's own data on a 360-pixel phone, in Arabic: the consents they change at any time and a request about their data.</summary>
public sealed class PrivacyPagesTests
{
    private const string Password = "Member-pass-2026";

    [SkippableFact]
    public async Task A_member_on_a_phone_withdraws_consent_to_be_contacted_and_asks_for_a_copy_of_their_data()
    {
        await using var session = await BrowserSession.StartAsync();
        var (memberId, email) = await MemberWithPortalAccountAsync(session);
        var page = await session.NewPageAsync(360, 740);

        // Sign-up shows the privacy notice, and nothing is ticked for the applicant.
        await page.GotoAsync("/portal/signup");
        await page.WaitForSelectorAsync("[data-testid=privacy-notice-box]");
        await page.GetByText("أنا جديد").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=signup-consent-contact]");
        Assert.False(await page.Locator("[data-testid=signup-consent-contact] input[type=checkbox], input[type=checkbox][data-testid=signup-consent-contact]").First.IsCheckedAsync());
        Assert.False(await page.Locator("[data-testid=signup-consent-processing] input[type=checkbox], input[type=checkbox][data-testid=signup-consent-processing]").First.IsCheckedAsync());
        Assert.Contains("إشعار الخصوصية", await page.InnerTextAsync("[data-testid=privacy-footer]"), StringComparison.Ordinal);
        await FitsThePhoneAsync(page, "sign-up");
        await BrowserSession.ScreenshotAsync(page, "privacy-01-signup-consents-ar-360");

        await page.GotoAsync("/portal/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/portal", StringComparison.Ordinal));

        await page.ClickAsync("[data-testid=portal-menu]"); // on a phone the sections are behind the menu
        await page.ClickAsync("[data-testid=portal-nav] a[href='portal/my-data']");
        await page.WaitForSelectorAsync("[data-testid=my-consents]");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Contains("موافقاتي", await page.InnerTextAsync("[data-testid=my-consents]"), StringComparison.Ordinal);
        await FitsThePhoneAsync(page, "my data");
        await BrowserSession.ScreenshotAsync(page, "privacy-02-my-consents-ar-360");

        await page.GetByText("أوافق على الإعلانات والتذكيرات").ClickAsync();
        await BrowserSession.WaitForAsync(page, "(document.querySelector('[data-testid=consent-history]')?.innerText ?? '').includes('سحب')");
        Assert.Contains("عبر البوابة", await page.InnerTextAsync("[data-testid=consent-history]"), StringComparison.Ordinal);
        await FitsThePhoneAsync(page, "consent withdrawn");
        await BrowserSession.ScreenshotAsync(page, "privacy-03-contact-withdrawn-ar-360");

        await page.FillAsync("[data-testid=data-request-details] textarea, textarea[data-testid=data-request-details]", "أريد نسخة من كل بياناتي");
        await page.ClickAsync("[data-testid=send-data-request]");
        await BrowserSession.WaitForAsync(page, "(document.querySelector('[data-testid=my-data-requests]')?.innerText ?? '').includes('نسخة من بياناتي')");
        Assert.Contains("قيد المعالجة", await page.InnerTextAsync("[data-testid=my-data-requests]"), StringComparison.Ordinal);
        await FitsThePhoneAsync(page, "data request sent");
        await page.Locator("[data-testid=my-data-requests]").ScrollIntoViewIfNeededAsync();
        await BrowserSession.ScreenshotAsync(page, "privacy-04-data-request-sent-ar-360");

        using var scope = session.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var member = await db.Set<Member>().AsNoTracking().SingleAsync(m => m.Id == memberId);
        Assert.False(member.ConsentToContact);
        Assert.True(member.ConsentToDataProcessing);
        var request = await db.Set<Domain.Privacy.DataSubjectRequest>().AsNoTracking().SingleAsync(r => r.MemberId == memberId);
        Assert.Equal(Domain.Privacy.DataRequestKind.Access, request.Kind);
        Assert.Equal(ConsentMethod.Portal, request.Channel);
    }

    [SkippableFact]
    public async Task A_member_on_a_phone_changes_their_mobile_and_it_takes_effect_only_with_the_code_sent_to_the_new_one()
    {
        await using var session = await BrowserSession.StartAsync();
        var (memberId, email) = await MemberWithPortalAccountAsync(session);
        var page = await session.NewPageAsync(360, 740);
        await page.GotoAsync("/portal/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/portal", StringComparison.Ordinal));

        await page.GotoAsync("/portal/my-data");
        await page.WaitForSelectorAsync("[data-testid=my-contact]");
        Assert.Equal("0551234567", await page.InnerTextAsync("[data-testid=my-mobile]"));
        await page.FillAsync("[data-testid=new-address] input, input[data-testid=new-address]", "0559876543");
        await page.ClickAsync("[data-testid=send-contact-code]");
        await page.WaitForSelectorAsync("[data-testid=contact-code-sent]");
        Assert.Contains("أرسلنا رمزًا إلى", await page.InnerTextAsync("[data-testid=contact-code-sent]"), StringComparison.Ordinal);
        await FitsThePhoneAsync(page, "contact code sent");
        await page.Locator("[data-testid=my-contact]").ScrollIntoViewIfNeededAsync();
        await BrowserSession.ScreenshotAsync(page, "privacy-05-contact-code-sent-ar-360");

        string code;
        using (var scope = session.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var message = await db.Set<Host.Features.Notifications.OutboxMessage>().AsNoTracking()
                .SingleAsync(m => m.TemplateKey == Host.Features.Notifications.NotificationTemplateKeys.PortalCode && m.Recipient == "+966559876543");
            code = System.Text.RegularExpressions.Regex.Match(message.BodyText, @"\d{6}").Value;
            Assert.Equal("+966551234567", (await db.Set<Member>().AsNoTracking().SingleAsync(m => m.Id == memberId)).Mobile);
        }

        await page.FillAsync("[data-testid=contact-code] input, input[data-testid=contact-code]", code);
        await page.ClickAsync("[data-testid=confirm-contact]");
        await BrowserSession.WaitForAsync(page, "(document.querySelector('[data-testid=my-mobile]')?.innerText ?? '') === '0559876543'");
        await FitsThePhoneAsync(page, "contact changed");
        await page.Locator("[data-testid=my-contact]").ScrollIntoViewIfNeededAsync();
        await BrowserSession.ScreenshotAsync(page, "privacy-06-contact-changed-ar-360");

        using var check = session.App.Services.CreateScope();
        var after = check.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal("+966559876543", (await after.Set<Member>().AsNoTracking().SingleAsync(m => m.Id == memberId)).Mobile);
        Assert.True(await after.Set<Host.Features.Notifications.OutboxMessage>().AnyAsync(m =>
            m.TemplateKey == Host.Features.Notifications.NotificationTemplateKeys.ContactChanged && m.Recipient == "+966551234567"));
    }

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
            ConsentToContact = true, ConsentToDataProcessing = true, ConsentRecordedBy = "officer@test.local", PrivacyNoticeVersion = 1,
        }, DateTimeOffset.UtcNow);
        using (var scope = session.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(member);
            await db.SaveChangesAsync();
        }

        const string email = "privacy-sara@test.local";
        using var admin = await session.App.AdminClientAsync();
        await DeskAccounts.OpenAndActivateAsync(session.App, admin, member.Id, email, Password);
        return (member.Id, email);
    }
}
