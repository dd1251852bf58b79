using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Tests.Cases;

namespace DomatAljandal.Host.Tests.Reports;

/// <summary>
/// Three cases moved through the shipped procedure on the fake clock, with known stays: receive 1, 3 and 5 hours; verify
/// 10, 20 and 60 hours (the last past verify's two-day deadline). The report gives those medians and percentiles, names
/// verify the bottleneck and the 60-hour stay its outlier, and exports the same figures as a right-to-left workbook.
/// </summary>
public abstract class StageReportTests(CasesHost host)
{
    private static readonly DateTimeOffset Start = CasesAppFactory.Start; // Thursday 26 November 2026, 09:00 in Riyadh

    [SkippableFact]
    public async Task Stage_times_of_cases_moved_on_the_clock_give_known_medians_the_bottleneck_and_the_outlier()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var cases = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            cases.Add((await desk.OpenCaseAsync()).GetProperty("id").GetGuid());
        }

        // Receive: 1, 3 and 5 hours after opening.
        await AtAsync(app, desk, 1, () => desk.CompleteOkAsync(desk.Officer, cases[0], "receive", "Received"));
        await AtAsync(app, desk, 3, () => desk.CompleteOkAsync(desk.Officer, cases[1], "receive", "Received"));
        await AtAsync(app, desk, 5, () => desk.CompleteOkAsync(desk.Officer, cases[2], "receive", "Received"));
        // Verify: 10, 20 and 60 hours after each entered it (the deadline is two days: the third is late).
        await AtAsync(app, desk, 11, () => desk.VerifyCompleteAsync(cases[0]));
        await AtAsync(app, desk, 23, () => desk.VerifyCompleteAsync(cases[1]));
        await AtAsync(app, desk, 65, () => desk.VerifyCompleteAsync(cases[2]));

        var query = $"from={Uri.EscapeDataString(Start.AddDays(-1).ToString("O"))}&to={Uri.EscapeDataString(Start.AddDays(7).ToString("O"))}";
        var report = await desk.Manager.GetFromJsonAsync<JsonElement>($"/api/reports/stages?{query}&serviceType=support-request");
        var stages = report.GetProperty("stages").EnumerateArray().ToList();
        // Declaration, where the three stand now, has no stay that ended yet.
        Assert.Equal(["receive", "verify"], stages.Select(s => s.GetProperty("stageId").GetString()));

        var receive = stages[0];
        Assert.Equal(3, receive.GetProperty("count").GetInt32());
        Assert.Equal(3, receive.GetProperty("medianHours").GetDouble());
        Assert.Equal(4.6, receive.GetProperty("p90Hours").GetDouble());
        Assert.Equal(1.0, receive.GetProperty("withinDeadline").GetDouble());
        Assert.False(string.IsNullOrWhiteSpace(receive.GetProperty("nameAr").GetString()));

        var verify = stages[1];
        Assert.Equal(3, verify.GetProperty("count").GetInt32());
        Assert.Equal(20, verify.GetProperty("medianHours").GetDouble());
        Assert.Equal(52, verify.GetProperty("p90Hours").GetDouble());
        Assert.Equal(Math.Round(20 / 24.0, 2), verify.GetProperty("medianDays").GetDouble());
        // Working days leave out Friday and Saturday: the stays had 10, 12 and 12 working hours.
        Assert.Equal(0.5, verify.GetProperty("medianWorkingDays").GetDouble());
        Assert.Equal(0.6667, verify.GetProperty("withinDeadline").GetDouble());
        Assert.True(verify.GetProperty("isBottleneck").GetBoolean());
        Assert.False(receive.GetProperty("isBottleneck").GetBoolean());
        Assert.Equal("verify", report.GetProperty("bottleneck").GetProperty("stageId").GetString());

        var outlier = Assert.Single(report.GetProperty("outliers").EnumerateArray());
        Assert.Equal(cases[2], outlier.GetProperty("caseId").GetGuid());
        Assert.Equal("verify", outlier.GetProperty("stageId").GetString());
        Assert.Equal(60, outlier.GetProperty("hours").GetDouble());
        Assert.Equal($"/cases/{cases[2]}", outlier.GetProperty("link").GetString());
        Assert.StartsWith("DJ-", outlier.GetProperty("reference").GetString());

        // Weeks from Sunday in Riyadh: the three opened in the week of 22 November and are still open at the end of both.
        var weeks = report.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal(2, weeks.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 21, 0, 0, TimeSpan.Zero), weeks[0].GetProperty("weekStart").GetDateTimeOffset());
        Assert.Equal((3, 0, 3), (weeks[0].GetProperty("opened").GetInt32(), weeks[0].GetProperty("closed").GetInt32(), weeks[0].GetProperty("backlog").GetInt32()));
        Assert.Equal((0, 0, 3), (weeks[1].GetProperty("opened").GetInt32(), weeks[1].GetProperty("closed").GetInt32(), weeks[1].GetProperty("backlog").GetInt32()));

        // Another service type has no stays; an unknown one, a reversed period and officers are refused.
        var other = await desk.Manager.GetFromJsonAsync<JsonElement>($"/api/reports/stages?{query}&serviceType=inquiry");
        Assert.Empty(other.GetProperty("stages").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, other.GetProperty("bottleneck").ValueKind);
        await AssertFieldRefusedAsync(desk.Manager, $"/api/reports/stages?{query}&serviceType=no-such-service", "serviceType");
        await AssertFieldRefusedAsync(desk.Manager, $"/api/reports/stages?from={Uri.EscapeDataString(Start.ToString("O"))}&to={Uri.EscapeDataString(Start.AddDays(-1).ToString("O"))}", "to");
        await AssertFieldRefusedAsync(desk.Manager, $"/api/reports/stages?{query}&format=pdf", "format");
        await AssertFieldRefusedAsync(desk.Manager, $"/api/reports/stages?{query}&channel=99", "channel");
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync($"/api/reports/stages?{query}")).StatusCode);

        // The same report as a workbook: right to left, the Arabic stage name intact, the week's start a real date.
        using var response = await desk.Manager.GetAsync($"/api/reports/stages?{query}&serviceType=support-request&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new Workbook(await response.Content.ReadAsByteArrayAsync());
        Assert.True(workbook.IsRightToLeft(0));
        Assert.Equal(verify.GetProperty("nameAr").GetString(), workbook.Text(0, "A3"));
        Assert.Equal(20, workbook.Number(0, "C3"));
        Assert.Equal(new DateTime(2026, 11, 22), workbook.Date(1, "A2"));
        Assert.Equal("1448/06/12 هـ", workbook.Text(1, "B2"));
        Assert.Equal(3, workbook.Number(1, "C2"));
    }

    private static async Task AtAsync(CasesAppFactory app, CaseDesk desk, double hoursAfterStart, Func<Task> act)
    {
        app.Clock.Advance(Start.AddHours(hoursAfterStart) - app.Clock.GetUtcNow());
        await desk.SignInAgainAsync();
        await act();
    }

    private static async Task AssertFieldRefusedAsync(HttpClient client, string url, string field)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}

public sealed class SqliteStageReportTests(SqliteCasesHost host) : StageReportTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresStageReportTests(PostgresCasesHost host) : StageReportTests(host), IClassFixture<PostgresCasesHost>;
