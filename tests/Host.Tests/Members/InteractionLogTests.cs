using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Tests.Infrastructure;

namespace DomatAljandal.Host.Tests.Members;

/// <summary>The interaction log of the seven channels through the API; run on SQLite and PostgreSQL.</summary>
public abstract class InteractionLogTests(HostFixture host)
{
    private static async Task<Guid> RegisterAsync(HttpClient officer)
    {
        var response = await officer.PostAsJsonAsync("/api/members", new MemberBuilder().Body());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> OpenCaseAsync(HttpClient officer, Guid memberId)
    {
        var response = await officer.PostAsJsonAsync("/api/cases", new
        {
            memberId,
            serviceType = "support-request",
            channel = "Phone",
            data = new { supportKind = "خلايا نحل", hiveCount = 10, justification = "تعويض خسائر الشتاء" },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [SkippableFact]
    public async Task A_phone_call_is_logged_with_the_staff_member_the_time_and_its_case()
    {
        var app = await host.GetAsync();
        var email = $"officer-{Guid.NewGuid():N}@test.local";
        using var officer = await app.StaffClientAsync("MemberRelationsOfficer", email);
        var memberId = await RegisterAsync(officer);
        var caseId = await OpenCaseAsync(officer, memberId);
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        var logged = await officer.PostAsJsonAsync($"/api/members/{memberId}/interactions", new
        {
            channel = "Phone", direction = "In", subject = "استفسار عن موعد اللجنة", summary = "اتصل العضو يسأل متى تجتمع لجنة البحث", caseId,
        });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        var call = await logged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Phone", call.GetProperty("channel").GetString());
        Assert.Equal("الاتصالات الهاتفية", call.GetProperty("channelNameAr").GetString());
        Assert.Equal(email, call.GetProperty("recordedBy").GetString());
        Assert.True(call.GetProperty("at").GetDateTimeOffset() >= before);
        Assert.Equal(caseId, call.GetProperty("caseId").GetGuid());
        Assert.Matches(@"^DJ-\d{4}-\d{6}$", call.GetProperty("caseReference").GetString());
        Assert.Equal(JsonValueKind.Null, call.GetProperty("incomingReference").ValueKind);

        await officer.PostAsJsonAsync($"/api/members/{memberId}/interactions", new { channel = "SocialMedia", direction = "Out", subject = "تذكير بموعد التطعيم" });
        var list = await officer.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}/interactions");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal(["تذكير بموعد التطعيم", "استفسار عن موعد اللجنة"], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subject").GetString()));
    }

    [SkippableFact]
    public async Task Every_one_of_the_seven_channels_can_be_logged_and_incoming_letters_get_an_incoming_reference()
    {
        var app = await host.GetAsync();
        using var officer = await app.StaffClientAsync("MemberRelationsOfficer");
        var memberId = await RegisterAsync(officer);
        foreach (var channel in new[] { "InPerson", "Phone", "SocialMedia", "Letter", "AssistanceRequest", "Volunteering", "Website" })
        {
            var response = await officer.PostAsJsonAsync($"/api/members/{memberId}/interactions", new { channel, direction = "Out", subject = "متابعة" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var references = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var letter = await officer.PostAsJsonAsync($"/api/members/{memberId}/interactions", new { channel = "Letter", direction = "In", subject = "خطاب طلب دعم" });
            references.Add((await letter.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("incomingReference").GetString()!);
        }

        Assert.All(references, r => Assert.Matches(@"^DJ-IN-\d{4}-\d{6}$", r));
        Assert.Equal(int.Parse(references[0][^6..]) + 1, int.Parse(references[1][^6..]));
    }

    [SkippableFact]
    public async Task A_case_of_another_member_an_unknown_channel_or_a_missing_subject_is_refused_naming_the_field()
    {
        var app = await host.GetAsync();
        using var officer = await app.StaffClientAsync("MemberRelationsOfficer");
        var memberId = await RegisterAsync(officer);
        var otherCase = await OpenCaseAsync(officer, await RegisterAsync(officer));

        async Task FieldAsync(object body, string field)
        {
            var response = await officer.PostAsJsonAsync($"/api/members/{memberId}/interactions", body);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }

        await FieldAsync(new { channel = "Phone", direction = "In", subject = "x", caseId = otherCase }, "caseId");
        await FieldAsync(new { channel = "Phone", direction = "In", subject = "x", caseId = Guid.NewGuid() }, "caseId");
        await FieldAsync(new { channel = "Fax", direction = "In", subject = "x" }, "channel");
        await FieldAsync(new { channel = "2", direction = "In", subject = "x" }, "channel");
        await FieldAsync(new { channel = "Phone", direction = "Sideways", subject = "x" }, "direction");
        await FieldAsync(new { channel = "Phone", direction = "In", subject = " " }, "subject");

        var unknown = await officer.PostAsJsonAsync($"/api/members/{Guid.NewGuid()}/interactions", new { channel = "Phone", direction = "In", subject = "x" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/members/{Guid.NewGuid()}/interactions")).StatusCode);
    }
}

public sealed class SqliteInteractionLogTests(SqliteHost host) : InteractionLogTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresInteractionLogTests(PostgresHost host) : InteractionLogTests(host), IClassFixture<PostgresHost>;
