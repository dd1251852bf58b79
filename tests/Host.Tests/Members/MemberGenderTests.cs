using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Members;

/// <summary>An optional gender on the member, so that letters and messages address a woman as one; SQLite and PostgreSQL.</summary>
public abstract class MemberGenderTests(HostFixture host)
{
    [SkippableFact]
    public async Task A_woman_is_addressed_as_one_in_her_letters_and_messages_and_an_unrecorded_gender_reads_as_before()
    {
        var app = await host.GetAsync();
        using var officer = await app.StaffClientAsync("MemberRelationsOfficer");
        var woman = await RegisterAsync(officer, new MemberBuilder { FirstName = "نورة", Gender = "Female" });
        var unknown = await RegisterAsync(officer, new MemberBuilder());

        var details = await officer.GetFromJsonAsync<JsonElement>($"/api/members/{woman}");
        Assert.Equal("Female", details.GetProperty("gender").GetString());
        Assert.Equal(JsonValueKind.Null, (await officer.GetFromJsonAsync<JsonElement>($"/api/members/{unknown}")).GetProperty("gender").ValueKind);

        var herReceipt = await ReceiptAsync(officer, await OpenCaseAsync(officer, woman));
        var hisReceipt = await ReceiptAsync(officer, await OpenCaseAsync(officer, unknown));
        var her = Plain(herReceipt.GetProperty("salutation").GetString());
        var his = Plain(hisReceipt.GetProperty("salutation").GetString());
        Assert.StartsWith("المكرمة/ نورة ", her, StringComparison.Ordinal);
        Assert.Contains(" المحترمة،", her, StringComparison.Ordinal);
        Assert.StartsWith("المكرم/ فهد ", his, StringComparison.Ordinal);
        Assert.Contains(" المحترم،", his, StringComparison.Ordinal);
        Assert.Equal("وتقبلوا خالص التحية والتقدير،", herReceipt.GetProperty("closing").GetString());

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var received = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.TemplateKey == NotificationTemplateKeys.RequestReceived).ToListAsync();
            Assert.Contains(received, m => Plain(m.BodyText).Contains("عضوتنا الكريمة نورة", StringComparison.Ordinal));
            Assert.Contains(received, m => Plain(m.BodyText).Contains("عضونا الكريم فهد", StringComparison.Ordinal));
        }

        // Not a gender: refused naming the field; "Unspecified" clears it.
        var wrong = await officer.PostAsJsonAsync("/api/members", new MemberBuilder { Gender = "Other" }.Body());
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("gender", out _));
    }

    // The text without the direction marks and isolates placed around inserted values.
    private static string Plain(string? text) =>
        new([.. (text ?? string.Empty).Where(c => c is not ('\u200E' or '\u200F' or '\u2066' or '\u2067' or '\u2068' or '\u2069'))]);

    private static async Task<Guid> RegisterAsync(HttpClient officer, MemberBuilder member)
    {
        var response = await officer.PostAsJsonAsync("/api/members", member.Body());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> OpenCaseAsync(HttpClient officer, Guid memberId)
    {
        var response = await officer.PostAsJsonAsync("/api/cases", new
        {
            memberId,
            serviceType = "support-request",
            channel = "InPerson",
            data = new { supportKind = "خلايا نحل", hiveCount = 10, justification = "تعويض خسائر الشتاء" },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ReceiptAsync(HttpClient officer, Guid caseId)
    {
        var issued = await officer.PostAsJsonAsync($"/api/cases/{caseId}/letters", new { kind = "Receipt", language = "ar" });
        Assert.True(issued.StatusCode == HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        var letter = await issued.Content.ReadFromJsonAsync<JsonElement>();
        return await officer.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/letters/{letter.GetProperty("id").GetGuid()}");
    }
}

public sealed class SqliteMemberGenderTests(SqliteHost host) : MemberGenderTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresMemberGenderTests(PostgresHost host) : MemberGenderTests(host), IClassFixture<PostgresHost>;
