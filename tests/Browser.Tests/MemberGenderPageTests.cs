using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Members;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>A woman on record: her page and the registry form refer to her as one («موافقة»، «توافق»).</summary>
public sealed class MemberGenderPageTests
{
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_womans_page_and_form_refer_to_her_as_a_woman(bool english)
    {
        await using var session = await BrowserSession.StartAsync();
        using var desk = await CaseDesk.OpenAsync(session.App);
        var created = await desk.Officer.PostAsJsonAsync("/api/members", new MemberBuilder { FirstName = "نورة", Gender = "Female" }.Body());
        created.EnsureSuccessStatusCode();
        var memberId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var page = await session.NewPageAsync();
        var language = english ? "en" : "ar";
        if (english)
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = session.BaseUrl }]);
        }

        await session.SignInAsync(page, desk.EmailOf("MemberRelationsOfficer"), CaseDesk.Password);
        await page.SetViewportSizeAsync(360, 800);
        await page.GotoAsync($"/members/{memberId}");
        await page.WaitForSelectorAsync("[data-testid=consent]");
        var consents = await page.InnerTextAsync("[data-testid=consent]");
        Assert.Contains(english ? "To be contacted — given" : "التواصل معها — موافقة", consents, StringComparison.Ordinal);

        await page.ClickAsync("[data-testid=edit-member]");
        await page.WaitForSelectorAsync("[data-testid=member-form]");
        var form = await page.InnerTextAsync("[data-testid=member-form]");
        Assert.Contains(english ? "Female" : "أنثى", form, StringComparison.Ordinal);
        if (!english)
        {
            Assert.Contains("توافق على التواصل معها", form, StringComparison.Ordinal);
            Assert.DoesNotContain("يوافق", form, StringComparison.Ordinal);
        }

        await BrowserSession.ScreenshotAsync(page, $"member-gender-form-{language}-360");
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the member page is {overflow}px wider than a 360px screen: {await StaffHomeReadingTests.StickingOutAsync(page)}");
    }
}
