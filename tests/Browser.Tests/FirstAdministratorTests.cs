using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>The first administrator signs in with the seeded one-time password and must choose their own before anything else.</summary>
public sealed class FirstAdministratorTests
{
    private static readonly Dictionary<string, string?> OneTimePassword = new() { ["Seed:AdminMustChangePassword"] = "true" };

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_first_administrator_replaces_the_one_time_password_at_the_first_sign_in(bool english)
    {
        await using var session = await BrowserSession.StartAsync(OneTimePassword);
        var language = english ? "en" : "ar";
        var page = await session.NewPageAsync(english ? 1366 : 360, 800);
        if (english)
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = session.BaseUrl }]);
        }

        await page.GotoAsync("/login");
        await page.FillAsync("#email", DomatAppFactory.AdminEmail);
        await page.FillAsync("#password", DomatAppFactory.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/account/change-password", StringComparison.Ordinal));
        Assert.Contains(english ? "one-time password" : "كلمة المرور الحالية مؤقتة", await page.InnerTextAsync("[data-testid=must-change-password]"), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, $"first-admin-01-change-password-{language}");

        // Any other page leads back here until the password is changed.
        await page.GotoAsync("/settings/users");
        Assert.Contains("/account/change-password", page.Url, StringComparison.Ordinal);

        await page.FillAsync("#current", DomatAppFactory.AdminPassword);
        await page.FillAsync("#new", "short");
        await page.FillAsync("#confirm", "short");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=change-password-error]");
        Assert.Contains(english ? "The password has at least 10 characters" : "كلمة المرور", await page.InnerTextAsync("[data-testid=change-password-error]"), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, $"first-admin-02-weak-{language}");

        const string chosen = "Chosen-admin-2026";
        await page.FillAsync("#current", DomatAppFactory.AdminPassword);
        await page.FillAsync("#new", chosen);
        await page.FillAsync("#confirm", chosen);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/change-password", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("[data-testid=role-home]");
        await BrowserSession.ScreenshotAsync(page, $"first-admin-03-home-{language}");
        await page.GotoAsync("/settings/users");
        Assert.DoesNotContain("/account/change-password", page.Url, StringComparison.Ordinal);

        Assert.False(string.IsNullOrEmpty(await session.App.LoginAsync(DomatAppFactory.AdminEmail, chosen)));
    }
}
