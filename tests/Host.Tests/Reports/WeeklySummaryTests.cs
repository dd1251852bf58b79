using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Reports;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Reports;

/// <summary>
/// The managers' weekly summary is queued in the outbox once per manager and week, from Sunday 07:00 Riyadh, on the fake
/// clock: not again on the next sweep, not before the next Sunday's hour, and then for the new week. SQLite and PostgreSQL.
/// </summary>
public abstract class WeeklySummaryTests(CasesHost host)
{
    [SkippableFact]
    public async Task The_weekly_summary_is_queued_to_each_manager_once_a_week_on_its_schedule()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        await desk.OpenCaseAsync();
        var manager = desk.EmailOf("Manager");

        // Thursday 26 November, 09:00 Riyadh: this week's summary (the week from Sunday the 22nd) is due and was never sent.
        Assert.True(await RunAsync(app) >= 1);
        var first = Assert.Single(await SummariesAsync(app, manager));
        Assert.Contains("2026-11-22", first.DeduplicationKey, StringComparison.Ordinal);
        Assert.Contains("الملخص الأسبوعي", first.Subject, StringComparison.Ordinal);
        Assert.Contains("الطلبات المفتوحة:", first.BodyText, StringComparison.Ordinal);
        Assert.Contains("مهام تجاوزت موعدها:", first.BodyText, StringComparison.Ordinal);
        Assert.Equal(0, await RunAsync(app));

        // Sunday 29 November, 06:00 Riyadh: the new week's is not due yet; at 08:00 it is, once.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunAsync(app));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 5, 0, 0, TimeSpan.Zero));
        Assert.True(await RunAsync(app) >= 1);
        Assert.Equal(0, await RunAsync(app));
        var both = await SummariesAsync(app, manager);
        Assert.Equal(2, both.Count);
        Assert.Contains(both, m => m.DeduplicationKey.Contains("2026-11-29", StringComparison.Ordinal));
        Assert.All(both, m => Assert.Equal(NotificationChannel.Email, m.Channel));
    }

    private static async Task<int> RunAsync(CasesAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WeeklySummary>().RunAsync(default);
    }

    private static async Task<List<OutboxMessage>> SummariesAsync(CasesAppFactory app, string manager)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.TemplateKey == NotificationTemplateKeys.WeeklySummary && m.Recipient == manager).ToListAsync();
    }
}

public sealed class SqliteWeeklySummaryTests(SqliteCasesHost host) : WeeklySummaryTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresWeeklySummaryTests(PostgresCasesHost host) : WeeklySummaryTests(host), IClassFixture<PostgresCasesHost>;
