using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>The portal's documents, answers and announcements on a 360-pixel-wide phone, in Arabic.</summary>
public sealed class PortalOutreachTests
{
    private const string Password = "Member-pass-2026";

    [SkippableFact]
    public async Task A_member_on_a_phone_reads_and_acknowledges_a_document_finds_an_answer_in_another_spelling_and_sees_an_announcement()
    {
        await using var session = await BrowserSession.StartAsync();
        const string city = "دومة الجندل";
        var email = await MemberWithPortalAccountAsync(session, city);
        using var admin = await session.App.AdminClientAsync();

        using (var form = new MultipartFormDataContent
               {
                   { new StringContent("دليل سياسة الدعم للأعضاء"), "title" },
                   { new StringContent("Member support policy guide"), "titleEn" },
                   { new StringContent("support-policy"), "category" },
                   { new StringContent("members"), "audience" },
                   { new StringContent("2026-12-15"), "effectiveOn" },
               })
        {
            var file = new ByteArrayContent("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", "support-policy-guide.pdf");
            var created = await admin.PostAsync("/api/documents", form);
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
            var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
            (await admin.PostAsJsonAsync($"/api/documents/{id}/circulations", new { segment = new { city } })).EnsureSuccessStatusCode();
        }

        (await admin.PostAsJsonAsync("/api/knowledge", new
        {
            question = "كم رسوم العضوية في الجمعية؟",
            answer = "رسوم العضوية السنوية مائة ريال، تُدفع في مقر الجمعية أو بالتحويل إلى حسابها، وتتجدد في ذكرى انضمامكم كل عام.",
            category = "العضوية",
        })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/announcements", new
        {
            segment = new { city }, text = "يبدأ موسم قطف عسل السدر الأسبوع القادم، ونرحب بمشاركتكم في يوم الحصاد بالمنحل التعليمي.",
        })).EnsureSuccessStatusCode();

        var page = await session.NewPageAsync(360, 740);
        await page.GotoAsync("/portal/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/portal", StringComparison.Ordinal));

        await page.GotoAsync("/portal/documents");
        await page.WaitForSelectorAsync("[data-testid=portal-document]");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        var card = await page.InnerTextAsync("[data-testid=portal-document]");
        Assert.Contains("دليل سياسة الدعم للأعضاء", card, StringComparison.Ordinal);
        Assert.Contains("الإصدار ١", card, StringComparison.Ordinal);
        await FitsThePhoneAsync(page, "documents");
        await BrowserSession.ScreenshotAsync(page, "portal-outreach-01-documents-ar-360");
        await page.ClickAsync("[data-testid=document-acknowledge]");
        await page.WaitForSelectorAsync("[data-testid=document-acknowledge]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await BrowserSession.ScreenshotAsync(page, "portal-outreach-02-documents-acknowledged-ar-360");

        await page.ClickAsync("[data-testid=portal-menu]"); // on a phone the sections are behind the menu
        await page.ClickAsync("[data-testid=portal-nav] a[href='portal/answers']");
        await page.WaitForSelectorAsync("[data-testid=answers-search]");
        await page.FillAsync("[data-testid=answers-q] input, input[data-testid=answers-q]", "رسوم العضويه");
        await page.ClickAsync("[data-testid=answers-go]");
        await page.WaitForSelectorAsync("[data-testid=answer]");
        Assert.Contains("مائة ريال", await page.InnerTextAsync("[data-testid=answer]"), StringComparison.Ordinal);
        await FitsThePhoneAsync(page, "answers");
        await BrowserSession.ScreenshotAsync(page, "portal-outreach-03-answers-ar-360");
        await page.ClickAsync("[data-testid=answer-helpful]");
        await page.WaitForSelectorAsync("[data-testid=answer-thanks]");

        await page.FillAsync("[data-testid=answers-q] input, input[data-testid=answers-q]", "شهادة تصدير العسل");
        await page.ClickAsync("[data-testid=answers-go]");
        await page.WaitForSelectorAsync("[data-testid=answers-none]");
        await FitsThePhoneAsync(page, "no answer");
        await BrowserSession.ScreenshotAsync(page, "portal-outreach-04-no-answer-ar-360");

        await page.ClickAsync("[data-testid=portal-menu]"); // on a phone the sections are behind the menu
        await page.ClickAsync("[data-testid=portal-nav] a[href='portal/announcements']");
        await page.WaitForSelectorAsync("[data-testid=portal-announcement]");
        Assert.Contains("عسل السدر", await page.InnerTextAsync("[data-testid=portal-announcement]"), StringComparison.Ordinal);
        await FitsThePhoneAsync(page, "announcements");
        await BrowserSession.ScreenshotAsync(page, "portal-outreach-05-announcements-ar-360");

        using var manager = await session.App.AdminClientAsync();
        var misses = await manager.GetFromJsonAsync<JsonElement>("/api/knowledge/misses");
        Assert.Contains(misses.GetProperty("items").EnumerateArray(), m => m.GetProperty("query").GetString() == "شهادة تصدير العسل");
    }

    /// <summary>Nothing is wider than the phone: no sideways scrolling.</summary>
    private static async Task FitsThePhoneAsync(IPage page, string where)
    {
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{where}: the page is {overflow}px wider than the 360px screen");
    }

    private static async Task<string> MemberWithPortalAccountAsync(BrowserSession session, string city)
    {
        var member = Member.Register(new MemberRegistration
        {
            FirstName = "فاطمة", FatherName = "سالم", GrandfatherName = "عبدالله", FamilyName = "الرويلي",
            NationalId = CaseDesk.NewNationalId(), Mobile = "0557654321", City = city, PreferredChannel = ContactChannel.Sms, PreferredLanguage = "ar",
            ConsentToContact = true, ConsentToDataProcessing = true,
        }, DateTimeOffset.UtcNow);
        using (var scope = session.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(member);
            await db.SaveChangesAsync();
        }

        const string email = "fatima@test.local";
        using var admin = await session.App.AdminClientAsync();
        await DeskAccounts.OpenAndActivateAsync(session.App, admin, member.Id, email, Password);
        return email;
    }
}
