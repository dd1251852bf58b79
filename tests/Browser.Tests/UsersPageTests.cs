using DomatAljandal.Host.Tests.Infrastructure;

namespace DomatAljandal.Browser.Tests;

public sealed class UsersPageTests
{
    [SkippableFact]
    public async Task An_admin_adds_a_committee_member_who_can_then_sign_in()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await session.SignInAsync(page, DomatAppFactory.AdminEmail, DomatAppFactory.AdminPassword);

        await page.GotoAsync("/settings/users");
        await page.WaitForSelectorAsync("[data-testid=create-user]");
        await page.FillAsync("input[data-testid=new-user-name], [data-testid=new-user-name] input", "نورة بنت عبدالله الشمري");
        await page.FillAsync("input[data-testid=new-user-email], [data-testid=new-user-email] input", "noura@test.local");
        await page.FillAsync("input[type=password]", "Committee-2026");
        await page.ClickAsync("text=عضو لجنة البحث");
        await page.ClickAsync("[data-testid=create-user]");
        await page.WaitForSelectorAsync("text=noura@test.local");
        await BrowserSession.ScreenshotAsync(page, "04-users-ar");

        var other = await session.NewPageAsync();
        await session.SignInAsync(other, "noura@test.local", "Committee-2026");
        var nav = await other.InnerTextAsync("[data-testid=main-nav]");
        Assert.Contains("صندوق المهام", nav, StringComparison.Ordinal);
        Assert.DoesNotContain("المستخدمون", nav, StringComparison.Ordinal);
    }
}
