using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Tests.Infrastructure;
using DomatAljandal.Host.Tests.Portal;

namespace DomatAljandal.Host.Tests.Cases;

/// <summary>
/// Every list of the service answers one paging shape (<c>items</c>, <c>page</c>, <c>pageSize</c>, <c>total</c>): page 2
/// holds the rows after page 1, the total counts them all, and a page out of range is a 400 naming the field.
/// </summary>
public abstract class ListPagingTests(CasesHost host)
{
    private const int Made = 3;

    [SkippableFact]
    public async Task Every_staff_list_pages_the_same_way_with_the_right_total()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var admin = await app.AdminClientAsync();
        var member = await PortalPeople.NewMemberAsync(app);
        for (var i = 0; i < Made; i++)
        {
            await desk.OpenCaseAsync();
            await desk.Officer.PostAsJsonAsync("/api/volunteering/opportunities", new
            {
                titleAr = $"فرصة {i}", titleEn = $"Opportunity {i}", description = "مساعدة", startsOn = $"2026-12-1{i}", slots = 5,
            });
            await desk.Officer.PostAsJsonAsync("/api/volunteering/hours", new { memberId = member.Id, workedOn = "2026-11-25", hours = 1 + i, description = "عمل" });
        }

        await AssertPagesAsync(desk.Officer, "/api/inbox?");
        await AssertPagesAsync(desk.Officer, "/api/inbox?sort=created&");
        await AssertPagesAsync(desk.Officer, "/api/cases?status=Open&");
        await AssertPagesAsync(desk.Officer, "/api/members?");
        await AssertPagesAsync(desk.Officer, "/api/members?q=الرويلي&");
        await AssertPagesAsync(desk.Officer, "/api/volunteering/opportunities?");
        await AssertPagesAsync(desk.Officer, $"/api/volunteering/hours?memberId={member.Id}&", exactly: Made);
        await AssertPagesAsync(admin, "/api/notifications/outbox?");
        await AssertPagesAsync(desk.Manager, "/api/audit?");
    }

    [SkippableFact]
    public async Task The_sla_view_pages_its_tasks_and_counts_all_of_them_by_stage_role_and_assignee()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        for (var i = 0; i < Made; i++)
        {
            await desk.OpenCaseAsync();
        }

        var first = await desk.Manager.GetFromJsonAsync<JsonElement>("/api/sla/breaches?dueSoonHours=720&pageSize=2");
        var second = await desk.Manager.GetFromJsonAsync<JsonElement>("/api/sla/breaches?dueSoonHours=720&pageSize=2&page=2");

        var total = first.GetProperty("items").GetProperty("total").GetInt32();
        Assert.True(total >= Made, $"{total} tasks in the SLA view");
        Assert.Equal(total, second.GetProperty("items").GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetProperty("items").GetArrayLength());
        Assert.Empty(Rows(first.GetProperty("items")).Intersect(Rows(second.GetProperty("items"))));
        foreach (var grouping in new[] { "byStep", "byRole", "byAssignee" })
        {
            Assert.Equal(total, first.GetProperty(grouping).EnumerateArray().Sum(g => g.GetProperty("breached").GetInt32() + g.GetProperty("dueSoon").GetInt32()));
        }
    }

    [SkippableFact]
    public async Task The_portal_lists_page_the_same_way()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _c = client;
        for (var i = 0; i < Made; i++)
        {
            var opened = await desk.Officer.PostAsJsonAsync("/api/cases", new
            {
                memberId = member.Id, serviceType = "support-request", channel = "InPerson",
                data = new { supportKind = "خلايا نحل", hiveCount = 40, justification = "تعويض خسائر الشتاء" },
            });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/portal/feedback", new { kind = "Suggestion", subject = $"اقتراح {i}", text = "نص الاقتراح" })).StatusCode);
            await desk.Officer.PostAsJsonAsync("/api/volunteering/opportunities", new
            {
                titleAr = $"فرصة {i}", titleEn = $"Opportunity {i}", description = "مساعدة", startsOn = $"2026-12-2{i}", slots = 5,
            });
            await desk.Officer.PostAsJsonAsync("/api/volunteering/hours", new { memberId = member.Id, workedOn = "2026-11-25", hours = 1 + i, description = "عمل" });
        }

        await AssertPagesAsync(client, "/api/portal/requests?", exactly: Made);
        await AssertPagesAsync(client, "/api/portal/feedback?", exactly: Made);
        await AssertPagesAsync(client, "/api/portal/volunteering/opportunities?");
        await AssertPagesAsync(desk.Officer, "/api/feedback?");
        var hours = await client.GetFromJsonAsync<JsonElement>("/api/portal/volunteering/hours?pageSize=2&page=2");
        Assert.Equal(6m, hours.GetProperty("pendingHours").GetDecimal()); // over every entry, not the page
        Assert.Equal(Made, hours.GetProperty("entries").GetProperty("total").GetInt32());
        Assert.Equal(1, hours.GetProperty("entries").GetProperty("items").GetArrayLength());
    }

    [SkippableTheory]
    [InlineData("/api/inbox?page=0", "page")]
    [InlineData("/api/cases?pageSize=0", "pageSize")]
    [InlineData("/api/members?pageSize=201", "pageSize")]
    [InlineData("/api/feedback?page=-1", "page")]
    [InlineData("/api/volunteering/hours?pageSize=1000", "pageSize")]
    public async Task A_page_out_of_range_is_a_problem_naming_the_field(string url, string field)
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);

        var response = await desk.Officer.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    /// <summary>
    /// Pages 1 and 2 of two rows: the same total, two rows then the next ones (none repeated), and the total equal to
    /// the rows of one page big enough for all.
    /// </summary>
    private static async Task AssertPagesAsync(HttpClient client, string url, int? exactly = null)
    {
        var first = await client.GetFromJsonAsync<JsonElement>($"{url}page=1&pageSize=2");
        var second = await client.GetFromJsonAsync<JsonElement>($"{url}page=2&pageSize=2");
        var all = await client.GetFromJsonAsync<JsonElement>($"{url}pageSize=200");

        var total = first.GetProperty("total").GetInt32();
        Assert.True(total >= Made, $"{url}: total {total}");
        if (exactly is { } expected)
        {
            Assert.Equal(expected, total);
        }

        Assert.Equal((1, 2), (first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32()));
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(total, second.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(Math.Min(2, total - 2), second.GetProperty("items").GetArrayLength());
        var firstRows = Rows(first);
        Assert.Empty(firstRows.Intersect(Rows(second)));
        if (total <= 200)
        {
            var everything = Rows(all);
            Assert.Equal(total, everything.Count);
            Assert.Equal(firstRows.Concat(Rows(second)), everything.Take(firstRows.Count + Rows(second).Count));
        }
    }

    /// <summary>Each row's id (a task's <c>taskId</c>).</summary>
    private static List<string> Rows(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => (i.TryGetProperty("id", out var id) ? id : i.GetProperty("taskId")).ToString())];
}

public sealed class SqliteListPagingTests(SqliteCasesHost host) : ListPagingTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresListPagingTests(PostgresCasesHost host) : ListPagingTests(host), IClassFixture<PostgresCasesHost>;
