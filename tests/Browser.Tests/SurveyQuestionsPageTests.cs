using DomatAljandal.Host.Features.Surveys;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>An admin sets a service's survey on /settings/surveys: its questions, the reasons offered on a low score, the free comment.</summary>
public sealed class SurveyQuestionsPageTests
{
    [SkippableFact]
    public async Task An_admin_sets_the_survey_of_a_service_in_Arabic_on_a_wide_screen_and_a_phone_and_reads_it_in_English()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.NewPageAsync();
        await session.SignInAsync(page, DomatAppFactory.AdminEmail, DomatAppFactory.AdminPassword);
        await page.GotoAsync("/settings/surveys");
        await page.WaitForSelectorAsync("[data-testid=survey-editor]");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await page.ClickAsync("[data-testid=survey-service]");
        await page.ClickAsync(".mud-popover-open .mud-list-item:has-text('طلب دعم')");
        await page.WaitForSelectorAsync("[data-testid=survey-default]");
        // One digit style in Arabic: the scale «من ١ إلى ٥», the low score, the questions' numbers.
        Assert.Contains("من ١ إلى ٥", await page.InnerTextAsync(".mud-main-content"), StringComparison.Ordinal);
        Assert.Contains("السؤال ١", await page.InnerTextAsync("[data-testid=survey-question-1]"), StringComparison.Ordinal);
        Assert.Empty(await page.EvaluateAsync<string[]>(ArabicReadingTests.LatinDigitsScript, ".mud-main-content"));

        await page.FillAsync("[data-testid=question-ar-1] input, input[data-testid=question-ar-1]", "هل وصلتك الخلايا سليمة؟");
        await page.FillAsync("[data-testid=question-en-1] input, input[data-testid=question-en-1]", "Did the hives reach you in good health?");
        await page.ClickAsync("[data-testid=remove-question-2]");
        await page.ClickAsync("[data-testid=add-reason-1]");
        await page.FillAsync("[data-testid=reason-code-1-5] input, input[data-testid=reason-code-1-5]", "dead-bees");
        await page.FillAsync("[data-testid=reason-ar-1-5] input, input[data-testid=reason-ar-1-5]", "وصلت خلايا نافقة");
        // Saved without the English of the new reason: the same rule as the API names the field.
        await page.ClickAsync("[data-testid=survey-save]");
        await page.WaitForSelectorAsync("[data-testid=survey-error]");
        Assert.Contains("الإنجليزية", await page.InnerTextAsync("[data-testid=survey-error]"), StringComparison.Ordinal);
        await page.FillAsync("[data-testid=reason-en-1-5] input, input[data-testid=reason-en-1-5]", "Some bees arrived dead");
        await page.ClickAsync("[data-testid=survey-allows-comment] input, input[data-testid=survey-allows-comment]");
        await page.ClickAsync("[data-testid=survey-save]");
        await page.WaitForSelectorAsync("[data-testid=survey-reset]");
        await BrowserSession.ScreenshotAsync(page, "survey-questions-01-ar-1366");

        using (var scope = session.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var question = await db.Set<SurveyQuestion>().AsNoTracking().SingleAsync(q => q.ServiceTypeCode == "support-request");
            Assert.Equal("هل وصلتك الخلايا سليمة؟", question.TextAr);
            Assert.Equal(("dead-bees", "وصلت خلايا نافقة", "Some bees arrived dead"), (question.LowScoreReasons[^1].Code, question.LowScoreReasons[^1].TextAr, question.LowScoreReasons[^1].TextEn));
            Assert.False((await db.Set<SurveySettings>().AsNoTracking().SingleAsync(s => s.ServiceTypeCode == "support-request")).AllowsComment);
        }

        await page.SetViewportSizeAsync(360, 740);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("[data-testid=survey-editor]");
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the 360px screen");
        await BrowserSession.ScreenshotAsync(page, "survey-questions-02-ar-360");

        await page.SetViewportSizeAsync(1366, 900);
        await page.ClickAsync("[data-testid=language-switch]");
        await BrowserSession.WaitForAsync(page, "document.documentElement.lang === 'en'");
        await page.WaitForSelectorAsync("[data-testid=survey-editor]");
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
        Assert.Contains("Satisfaction surveys", await page.InnerTextAsync("h5"), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "survey-questions-03-en-1366");
    }
}
