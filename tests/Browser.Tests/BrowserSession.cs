using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DomatAljandal.Browser.Tests;

/// <summary>
/// The real host on Kestrel over a SQLite file, and Debian's Chromium driven by Playwright
/// (headless, no sandbox: CI runs as root). Screenshots land in <see cref="ScreenshotFolder"/>.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public static readonly string ScreenshotFolder =
        Path.Combine(AppContext.BaseDirectory, "screenshots");

    private readonly TestDatabase _database;
    private readonly KestrelAppFactory _app;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(TestDatabase database, KestrelAppFactory app, IPlaywright playwright, IBrowser browser, string baseUrl)
    {
        _database = database;
        _app = app;
        _playwright = playwright;
        _browser = browser;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public DomatAppFactory App => _app;

    /// <param name="settings">Configuration the host starts with beyond the tests' usual (e.g. a seeding option).</param>
    public static async Task<BrowserSession> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        RealService.Require(File.Exists(ChromiumPath), $"browser tests need Chromium at {ChromiumPath} (apt-get install chromium) — .ci/run installs it");
        Directory.CreateDirectory(ScreenshotFolder);

        var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var app = new KestrelAppFactory(database, settings);
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        return new BrowserSession(database, app, playwright, browser, baseUrl.TrimEnd('/'));
    }

    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ar-SA",
        });
        context.SetDefaultTimeout(45_000);
        context.SetDefaultNavigationTimeout(45_000);
        return await context.NewPageAsync();
    }

    public async Task SignInAsync(IPage page, string email, string password)
    {
        // A submit can be lost on a busy machine (the click lands while the page is still settling): the form is
        // sent again, up to three times, and a refusal shown by the page fails at once with its words.
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync("/login");
            await page.FillAsync("#email", email);
            await page.FillAsync("#password", password);
            await page.ClickAsync("button[type=submit]");

            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal),
                    new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit, Timeout = 15_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                var refusal = page.Locator("[data-testid=login-error]");
                if (await refusal.CountAsync() > 0)
                {
                    throw new InvalidOperationException($"Sign-in of {email} refused: {await refusal.InnerTextAsync()}");
                }
            }
        }

        // Wait for the interactive circuit so clicks reach Blazor.
        await page.WaitForSelectorAsync("[data-testid=main-nav]");
    }

    // A navigation (the language switch reloads the page) destroys the context mid-question: ask the new page.
    private static async Task<bool> HoldsAsync(IPage page, string predicate)
    {
        try
        {
            return await page.EvaluateAsync<bool>(predicate);
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("context was destroyed", StringComparison.Ordinal))
        {
            return false;
        }
    }

    /// <summary>
    /// Waits until <paramref name="predicate"/> (an expression or a function) is true, asking through DevTools:
    /// Playwright's WaitForFunctionAsync evaluates with eval, which the service's Content-Security-Policy forbids.
    /// </summary>
    public static async Task WaitForAsync(IPage page, string predicate, int timeoutMs = 15_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!await HoldsAsync(page, predicate))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeoutMs} ms for {predicate}");
            }

            await page.WaitForTimeoutAsync(100);
        }
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private sealed class KestrelAppFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings) : DomatAppFactory(database, settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Package assets (MudBlazor's CSS and JS) are served from the NuGet cache outside Development.
            builder.UseStaticWebAssets();
        }
    }
}
