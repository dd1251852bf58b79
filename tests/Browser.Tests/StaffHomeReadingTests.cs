using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>The staff home on a phone: mixed-direction values read in their own order, and nothing pushes the page sideways.</summary>
public sealed class StaffHomeReadingTests
{
    // Where each character of the element's text is drawn, left to right on the screen: a value isolated as left-to-right
    // text has its first character leftmost.
    private const string DrawnLeftToRight = """
        el => {
          const text = el.firstChild && el.firstChild.nodeType === 3 ? el.firstChild : el;
          const node = text.nodeType === 3 ? text : el.childNodes[0];
          const range = document.createRange();
          const xs = [];
          for (let i = 0; i < node.textContent.length; i++) {
            if (node.textContent[i] === ' ') continue;
            range.setStart(node, i); range.setEnd(node, i + 1);
            xs.push(range.getBoundingClientRect().left);
          }
          for (let i = 1; i < xs.length; i++) if (xs[i] < xs[i - 1]) return false;
          return xs.length > 1;
        }
        """;

    /// <summary>The elements drawn past either edge of the screen, to name them when a page is too wide.</summary>
    public static Task<string> StickingOutAsync(IPage page) => page.EvaluateAsync<string>("""
        () => [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -0.5 || r.right > window.innerWidth + 0.5); })
          .slice(0, 12).map(e => e.tagName + '.' + (e.className && e.className.baseVal === undefined ? e.className : '') + ' [' + Math.round(e.getBoundingClientRect().left) + ',' + Math.round(e.getBoundingClientRect().right) + ']').join('; ')
        """);

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_help_line_and_a_reference_read_in_their_own_order_and_the_home_fits_360px(bool english)
    {
        await using var session = await BrowserSession.StartAsync();
        using var desk = await CaseDesk.OpenAsync(session.App);
        var atCommittee = await desk.CaseAtCommitteeAsync();
        var reference = (await desk.GetCaseAsync(atCommittee)).GetProperty("reference").GetString()!;
        // A message the service sent to the committee member's own email: their home lists it.
        using (var scope = session.App.Services.CreateScope())
        {
            var notifier = scope.ServiceProvider.GetRequiredService<IMemberNotifier>();
            await notifier.EnqueueForStaffAsync([desk.EmailOf("CommitteeMember")], NotificationTemplateKeys.DeadlineBreached,
                new Dictionary<string, object?> { ["reference"] = reference, ["step"] = ("قرار لجنة البحث", "Committee decision"), ["dueAt"] = DateTimeOffset.UtcNow },
                atCommittee, $"test:{atCommittee}", english ? "en" : "ar");
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        var page = await session.NewPageAsync();
        if (english)
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = session.BaseUrl }]);
        }

        await session.SignInAsync(page, desk.EmailOf("CommitteeMember"), CaseDesk.Password);
        // Signed in on a desk (the menu is open there), then read on a phone.
        await page.SetViewportSizeAsync(360, 800);
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("[data-testid=home-decision]");
        await page.WaitForSelectorAsync("[data-testid=home-notification]");
        var language = english ? "en" : "ar";
        await BrowserSession.ScreenshotAsync(page, $"staff-home-reading-{language}-360");

        var notice = await page.InnerTextAsync("[data-testid=home-notification]");
        Assert.Contains(reference, notice, StringComparison.Ordinal);

        var phone = page.Locator("[data-testid=society-phone]");
        Assert.Equal("+966 14 000 0000", (await phone.InnerTextAsync()).Trim());
        Assert.True(await phone.EvaluateAsync<bool>(DrawnLeftToRight), "the help line is drawn out of order");

        var shown = page.Locator("[data-testid=home-decision] .reference");
        Assert.Equal(reference, (await shown.InnerTextAsync()).Trim());
        Assert.True(await shown.EvaluateAsync<bool>(DrawnLeftToRight), "the reference is drawn out of order");
        Assert.Equal(1, await shown.EvaluateAsync<int>("el => el.getClientRects().length"));

        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the {language} staff home is {overflow}px wider than a 360px screen: {await StickingOutAsync(page)}");
    }
}
