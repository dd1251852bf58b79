using DomatAljandal.Host.Tests.Infrastructure;

namespace DomatAljandal.Browser.Tests;

public sealed class SignInTests
{
    [SkippableFact]
    public async Task The_sign_in_page_is_arabic_right_to_left_and_an_admin_reaches_the_shell()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();

        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.login-form')).direction"));
        Assert.Contains("تسجيل الدخول", await page.TitleAsync(), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "01-login-ar");

        // A field's rule in the page's language only, not «عربي / English».
        await page.FillAsync("#email", "not-an-email");
        await page.FillAsync("#password", "wrong-password-1");
        await page.ClickAsync("button[type=submit]");
        var rule = await (await page.WaitForSelectorAsync(".field-error"))!.InnerTextAsync();
        Assert.Equal("صيغة البريد غير صحيحة", rule.Trim());
        await BrowserSession.ScreenshotAsync(page, "01b-login-rule-ar");

        await page.FillAsync("#email", DomatAppFactory.AdminEmail);
        await page.FillAsync("#password", "wrong-password-1");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("غير صحيحة", await page.InnerTextAsync("[data-testid=login-error]"), StringComparison.Ordinal);

        await session.SignInAsync(page, DomatAppFactory.AdminEmail, DomatAppFactory.AdminPassword);
        var nav = await page.InnerTextAsync("[data-testid=main-nav]");
        Assert.Contains("صندوق المهام", nav, StringComparison.Ordinal);
        Assert.Contains("سير العمل", nav, StringComparison.Ordinal);
        Assert.Contains("المستخدمون", nav, StringComparison.Ordinal);
        // The drawer sits on the right in Arabic: its left edge is past the middle of the viewport.
        var drawerLeft = await page.EvaluateAsync<double>("document.querySelector('.mud-drawer').getBoundingClientRect().left");
        Assert.True(drawerLeft > 600, $"the navigation drawer should be on the right in RTL, its left edge is at {drawerLeft}px");
        await BrowserSession.ScreenshotAsync(page, "02-shell-ar");

        await page.ClickAsync("[data-testid=language-switch]");
        await BrowserSession.WaitForAsync(page, "document.documentElement.lang === 'en'");
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
        await page.WaitForSelectorAsync("[data-testid=main-nav]");
        Assert.Contains("Task inbox", await page.InnerTextAsync("[data-testid=main-nav]"), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "03-shell-en");
    }
}
