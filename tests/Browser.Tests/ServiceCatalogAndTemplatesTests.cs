using DomatAljandal.Host.Tests.Infrastructure;

namespace DomatAljandal.Browser.Tests;

/// <summary>An admin manages the service catalog and rewords a letter on their pages, in Arabic.</summary>
public sealed class ServiceCatalogAndTemplatesTests
{
    [SkippableFact]
    public async Task An_admin_sees_each_service_with_its_procedure_and_adds_a_document_to_a_service()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await session.SignInAsync(page, DomatAppFactory.AdminEmail, DomatAppFactory.AdminPassword);

        await page.GotoAsync("/settings/service-types");
        await page.WaitForSelectorAsync("[data-testid=edit-inquiry]");
        var table = await page.InnerTextAsync("[data-testid=service-types]");
        Assert.Contains("استفسار عضو (inquiry)", table, StringComparison.Ordinal);
        Assert.Contains("طلب شهادة أو خطاب (certificate-request)", table, StringComparison.Ordinal);
        Assert.Contains("طلب خدمة عضو (member-service-request)", table, StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "20-service-catalog-ar");

        await page.ClickAsync("[data-testid=edit-certificate-request]");
        await page.WaitForSelectorAsync("[data-testid=service-editor]");
        await page.ClickAsync("[data-testid=add-document]");
        var rows = page.Locator("[data-testid=service-document]");
        var last = rows.Nth(await rows.CountAsync() - 1);
        await last.Locator("input").Nth(0).FillAsync("nationalIdCopy");
        await last.Locator("input").Nth(1).FillAsync("صورة الهوية الوطنية");
        await last.Locator("input").Nth(2).FillAsync("Copy of the national ID");
        await BrowserSession.ScreenshotAsync(page, "21-service-editor-ar");
        await page.ClickAsync("[data-testid=save-service]");
        await page.WaitForSelectorAsync("[data-testid=service-editor]", new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        Assert.Contains("٣ حقول، مستند واحد", await page.InnerTextAsync("tr:has([data-testid=edit-certificate-request])"), StringComparison.Ordinal);

        // A document without its labels is refused, naming the field.
        await page.ClickAsync("[data-testid=edit-inquiry]");
        await page.ClickAsync("[data-testid=add-document]");
        await page.Locator("[data-testid=service-document] input").Nth(0).FillAsync("x");
        await page.ClickAsync("[data-testid=save-service]");
        await page.WaitForSelectorAsync("[data-testid=service-error]");
    }

    [SkippableFact]
    public async Task An_admin_rewords_the_acceptance_letter_and_previews_it_with_its_signatory_and_stamp()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await session.SignInAsync(page, DomatAppFactory.AdminEmail, DomatAppFactory.AdminPassword);

        await page.GotoAsync("/settings/templates");
        await page.WaitForSelectorAsync("[data-testid=template-list]");
        await page.ClickAsync("[data-testid=template-letter-acceptance]");
        await page.WaitForSelectorAsync("[data-testid=template-editor]");
        await page.FillAsync("input[data-testid=ar-signatory-name], [data-testid=ar-signatory-name] input", "خالد بن سعد الشمري");
        await page.ClickAsync("[data-testid=preview-template]");
        await page.WaitForSelectorAsync("[data-testid=template-preview]");
        var preview = await page.InnerTextAsync("[data-testid=template-preview]");
        Assert.Contains("قبول الطلب رقم", preview, StringComparison.Ordinal);
        Assert.Contains("DJ-1448-000123", preview, StringComparison.Ordinal);
        Assert.Contains("خالد بن سعد الشمري", preview, StringComparison.Ordinal);
        Assert.Contains("الختم", preview, StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "22-letter-template-ar");

        await page.ClickAsync("[data-testid=save-template]");
        await page.WaitForSelectorAsync("[data-testid=template-letter-acceptance] >> text=معدّل");

        await page.ClickAsync("[data-testid=template-request-received]");
        await page.WaitForSelectorAsync("[data-testid=ar-sms]");
        await page.FillAsync("textarea[data-testid=ar-body], [data-testid=ar-body] textarea", "نشكركم. رقم طلبكم {caseNumber}");
        await page.ClickAsync("[data-testid=save-template]");
        var error = await page.WaitForSelectorAsync("[data-testid=template-error]");
        Assert.Contains("{caseNumber}", await error!.InnerTextAsync(), StringComparison.Ordinal);
        await page.FillAsync("textarea[data-testid=ar-body], [data-testid=ar-body] textarea", "نشكركم على تواصلكم. رقم طلبكم {reference}.");
        await page.ClickAsync("[data-testid=preview-template]");
        await page.WaitForSelectorAsync("[data-testid=sms-preview]");
        await BrowserSession.ScreenshotAsync(page, "23-notification-template-ar");
    }
}
