using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Portal.Account;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Portal;

/// <summary>A member's requests on the portal: submitting, tracking, signing the declaration — and never reaching anyone else's.</summary>
public abstract class PortalRequestTests(CasesHost host)
{
    private static readonly object SupportData = new { supportKind = "خلايا نحل", hiveCount = 40, justification = "تعويض خسائر الشتاء" };

    [SkippableFact]
    public async Task A_member_submits_a_request_it_reaches_the_staff_inbox_and_signing_the_declaration_sends_it_to_the_committee()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _client = client;

        var services = await (await client.GetAsync("/api/portal/services")).JsonAsync(HttpStatusCode.OK);
        var support = Assert.Single(services.EnumerateArray(), s => s.GetProperty("code").GetString() == "support-request");
        Assert.Contains(support.GetProperty("documents").EnumerateArray(), d => d.GetProperty("key").GetString() == "bankLetter");

        var missing = await (await client.PostAsJsonAsync("/api/portal/requests", new { serviceType = "support-request", data = new { supportKind = "خلايا" } }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("data.hiveCount", out _));
        var unknown = await (await client.PostAsJsonAsync("/api/portal/requests", new { serviceType = "support-request", data = new { supportKind = "x", hiveCount = 1, justification = "x", bankBalance = 9 } }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("data.bankBalance", out _));

        var created = await (await client.PostAsJsonAsync("/api/portal/requests", new { serviceType = "support-request", data = SupportData })).JsonAsync(HttpStatusCode.Created);
        var caseId = created.GetProperty("id").GetGuid();
        Assert.Matches(@"^DJ-1448-\d{6}$", created.GetProperty("reference").GetString());
        await (await client.PostAsync($"/api/portal/requests/{caseId}/attachments", Files.Upload(Files.Pdf, "الآيبان.pdf", "application/pdf", "bankLetter")))
            .JsonAsync(HttpStatusCode.OK);

        var staffView = await desk.GetCaseAsync(caseId);
        Assert.Equal("Website", staffView.GetProperty("channel").GetString());
        Assert.Equal(member.Id, staffView.GetProperty("member").GetProperty("id").GetGuid());
        var inbox = await desk.Officer.GetFromJsonAsync<JsonElement>("/api/inbox");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), t => t.GetProperty("caseId").GetGuid() == caseId && t.GetProperty("activityId").GetString() == "receive");

        var mine = await (await client.GetAsync("/api/portal/requests")).JsonAsync(HttpStatusCode.OK);
        var listed = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal(1, listed.GetProperty("stepNumber").GetInt32());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("actionNeeded").ValueKind);

        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");
        await desk.CompleteOkAsync(desk.Officer, caseId, "verify", "Complete", new { overrideReason = "اطّلع الموظف على بقية المستندات في المقر" });

        var tracked = await (await client.GetAsync($"/api/portal/requests/{caseId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("SignDeclaration", tracked.GetProperty("actionNeeded").GetProperty("kind").GetString());
        var steps = tracked.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(7, steps.Count);
        Assert.Equal(["Done", "Done", "Skipped", "Current", "Ahead", "Ahead", "Ahead"], steps.Select(s => s.GetProperty("state").GetString()));
        Assert.Equal("bankLetter", Assert.Single(tracked.GetProperty("attachments").EnumerateArray()).GetProperty("documentKey").GetString());

        var declaration = await (await client.GetAsync($"/api/portal/requests/{caseId}/declaration")).JsonAsync(HttpStatusCode.OK);
        Assert.True(declaration.GetProperty("awaitingSignature").GetBoolean());
        Assert.Contains("أقر أنا الموقع أدناه", declaration.GetProperty("textAr").GetString());
        var version = declaration.GetProperty("textVersion").GetString();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/portal/requests/{caseId}/declaration", new { password = "not-my-password-1" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/portal/requests/{caseId}/declaration", new { })).StatusCode);
        // Signed from the member's phone, whose address the server sees (the test server has no real connection: set it).
        var signing = await app.Server.SendAsync(http =>
        {
            http.Request.Method = "POST";
            http.Request.Scheme = "http";
            http.Request.Host = new HostString("localhost");
            http.Request.Path = $"/api/portal/requests/{caseId}/declaration";
            http.Request.Headers.Authorization = client.DefaultRequestHeaders.Authorization!.ToString();
            http.Request.ContentType = "application/json";
            var body = JsonSerializer.SerializeToUtf8Bytes(new { password = PortalPeople.Password });
            http.Request.ContentLength = body.Length;
            http.Request.Body = new MemoryStream(body);
            http.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
            http.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        });
        var signed = await new StreamReader(signing.Response.Body).ReadToEndAsync();
        Assert.True(signing.Response.StatusCode == StatusCodes.Status200OK, signed);
        Assert.Equal("InCommittee", JsonDocument.Parse(signed).RootElement.GetProperty("status").GetString());

        await desk.TaskAsync(caseId, "committee");
        staffView = await desk.GetCaseAsync(caseId);
        Assert.Equal("committee", staffView.GetProperty("currentStep").GetString());
        Assert.Equal("PortalPassword", staffView.GetProperty("declaration").GetProperty("method").GetString());
        using (var scope = app.Services.CreateScope())
        {
            var stored = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ServiceCase>().AsNoTracking().SingleAsync(c => c.Id == caseId)).Declaration!;
            Assert.Equal(version, stored.TextVersion);
            Assert.Contains("أقر أنا الموقع أدناه", stored.Text);
            Assert.Equal(DeclarationMethod.PortalPassword, stored.Method);
            Assert.Equal(app.Clock.GetUtcNow(), stored.SignedAt);
            Assert.Equal(member.FullName, stored.SignerName);
            Assert.Equal("203.0.113.7", stored.IpAddress);
        }

        tracked = await (await client.GetAsync($"/api/portal/requests/{caseId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, tracked.GetProperty("actionNeeded").ValueKind);
        Assert.Equal("PortalPassword", tracked.GetProperty("declaration").GetProperty("method").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/portal/requests/{caseId}/declaration", new { password = PortalPeople.Password })).StatusCode);
    }

    [SkippableFact]
    public async Task A_member_answers_missing_information_and_signs_with_a_one_time_code()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _client = client;
        var caseId = (await (await client.PostAsJsonAsync("/api/portal/requests", new { serviceType = "support-request", data = SupportData }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");
        await desk.CompleteOkAsync(desk.Officer, caseId, "verify", "MissingInformation", new { missingItems = "خطاب الآيبان من البنك" });

        var tracked = await (await client.GetAsync($"/api/portal/requests/{caseId}")).JsonAsync(HttpStatusCode.OK);
        var asked = tracked.GetProperty("actionNeeded");
        Assert.Equal("ProvideMissingInformation", asked.GetProperty("kind").GetString());
        Assert.Equal("خطاب الآيبان من البنك", asked.GetProperty("missingItems").GetString());
        Assert.Equal("بانتظارك", tracked.GetProperty("statusNameAr").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/portal/requests/{caseId}/declaration/code", null)).StatusCode);

        await (await client.PostAsJsonAsync($"/api/portal/requests/{caseId}/reply", new { data = new { amountRequested = 5000 }, comment = "أرفقت خطاب الآيبان" }))
            .JsonAsync(HttpStatusCode.OK);
        await desk.TaskAsync(caseId, "verify");
        await desk.VerifyCompleteAsync(caseId);

        await (await client.PostAsync($"/api/portal/requests/{caseId}/declaration/code", null)).JsonAsync(HttpStatusCode.OK);
        var open = await PortalPeople.OpenCodeAsync(app, member.Id, PortalCodePurpose.Declaration);
        Assert.Equal(caseId, open.CaseId);
        var (code, message) = await PortalPeople.SentCodeAsync(app, open.Id);
        Assert.Equal(member.Mobile, message.Recipient);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/portal/requests/{caseId}/declaration", new { code = PortalAccountTests.Other(code) })).StatusCode);
        var signed = await (await client.PostAsJsonAsync($"/api/portal/requests/{caseId}/declaration", new { code })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("PortalOneTimeCode", signed.GetProperty("declaration").GetProperty("method").GetString());
        await desk.TaskAsync(caseId, "committee");
    }

    [SkippableFact]
    public async Task A_member_gets_404_on_every_portal_endpoint_for_another_members_records_and_nothing_changes()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var owner = await PortalPeople.NewMemberAsync(app);
        var (ownerClient, _) = await PortalPeople.SignedInAsync(app, desk, owner);
        using var _owner = ownerClient;
        var intruder = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, intruder);
        using var _client = client;

        // The owner's case waits for their declaration, with a document and a letter on it, and they made a complaint.
        var caseId = (await (await ownerClient.PostAsJsonAsync("/api/portal/requests", new { serviceType = "support-request", data = SupportData }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var attachmentId = (await (await ownerClient.PostAsync($"/api/portal/requests/{caseId}/attachments", Files.Upload(Files.Pdf, "هوية.pdf", "application/pdf", "nationalIdCopy")))
            .JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid();
        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");
        await desk.CompleteOkAsync(desk.Officer, caseId, "verify", "Complete", new { overrideReason = "اطّلع الموظف على بقية المستندات في المقر" });
        var letterId = (await (await desk.Officer.PostAsJsonAsync($"/api/cases/{caseId}/letters", new { kind = "Receipt" })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var feedbackId = (await (await ownerClient.PostAsJsonAsync("/api/portal/feedback", new { kind = "Complaint", subject = "تأخر الرد", text = "لم يصلني رد منذ أسبوع" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var before = await desk.GetCaseAsync(caseId);

        var attempts = new (string Name, Func<Task<HttpResponseMessage>> Call)[]
        {
            ("GET request", () => client.GetAsync($"/api/portal/requests/{caseId}")),
            ("POST attachment", () => client.PostAsync($"/api/portal/requests/{caseId}/attachments", Files.Upload(Files.Pdf, "x.pdf", "application/pdf", "bankLetter"))),
            ("GET attachment", () => client.GetAsync($"/api/portal/requests/{caseId}/attachments/{attachmentId}")),
            ("POST reply", () => client.PostAsJsonAsync($"/api/portal/requests/{caseId}/reply", new { data = new { amountRequested = 1 } })),
            ("GET declaration", () => client.GetAsync($"/api/portal/requests/{caseId}/declaration")),
            ("POST declaration code", () => client.PostAsync($"/api/portal/requests/{caseId}/declaration/code", null)),
            ("POST declaration (password)", () => client.PostAsJsonAsync($"/api/portal/requests/{caseId}/declaration", new { password = PortalPeople.Password })),
            ("POST declaration (code)", () => client.PostAsJsonAsync($"/api/portal/requests/{caseId}/declaration", new { code = "123456" })),
            ("GET letter", () => client.GetAsync($"/api/portal/requests/{caseId}/letters/{letterId}")),
            ("GET feedback", () => client.GetAsync($"/api/portal/feedback/{feedbackId}")),
            ("POST feedback about the case", () => client.PostAsJsonAsync("/api/portal/feedback", new { kind = "Complaint", subject = "x", text = "x", caseId })),
            ("POST volunteering signup (no such opportunity)", () => client.PostAsync($"/api/portal/volunteering/opportunities/{Guid.NewGuid()}/signup", null)),
        };
        foreach (var (name, call) in attempts)
        {
            using var response = await call();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{name}: expected 404, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.DoesNotContain(owner.NationalId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Empty((await (await client.GetAsync("/api/portal/requests")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        Assert.Empty((await (await client.GetAsync("/api/portal/feedback")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());

        var after = await desk.GetCaseAsync(caseId);
        Assert.Equal(before.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("declaration").ValueKind);
        Assert.Single(after.GetProperty("attachments").EnumerateArray());
        using (var scope = app.Services.CreateScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<PortalCode>().AnyAsync(c => c.CaseId == caseId));
        }

        // The owner still reaches all of it.
        Assert.Equal(HttpStatusCode.OK, (await ownerClient.GetAsync($"/api/portal/requests/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ownerClient.GetAsync($"/api/portal/requests/{caseId}/attachments/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ownerClient.GetAsync($"/api/portal/requests/{caseId}/letters/{letterId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ownerClient.GetAsync($"/api/portal/feedback/{feedbackId}")).StatusCode);
    }

    [SkippableFact]
    public async Task Staff_only_endpoints_refuse_a_member_and_portal_endpoints_refuse_staff()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _client = client;
        var caseId = (await (await client.PostAsJsonAsync("/api/portal/requests", new { serviceType = "support-request", data = SupportData }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var id = Guid.NewGuid();

        var staffOnly = new (string Name, Func<Task<HttpResponseMessage>> Call)[]
        {
            ("open a portal account", () => client.PostAsJsonAsync($"/api/members/{member.Id}/portal-account", new { email = "x@test.local", password = PortalPeople.Password })),
            ("list registrations", () => client.GetAsync("/api/portal-registrations")),
            ("approve a registration", () => client.PostAsync($"/api/portal-registrations/{id}/approve", null)),
            ("reject a registration", () => client.PostAsJsonAsync($"/api/portal-registrations/{id}/reject", new { reason = "x" })),
            ("list opportunities (staff)", () => client.GetAsync("/api/volunteering/opportunities")),
            ("create an opportunity", () => client.PostAsJsonAsync("/api/volunteering/opportunities", new { titleAr = "x", titleEn = "x", description = "x", startsOn = "2026-12-01" })),
            ("change an opportunity", () => client.PutAsJsonAsync($"/api/volunteering/opportunities/{id}", new { titleAr = "x" })),
            ("delete an opportunity", () => client.DeleteAsync($"/api/volunteering/opportunities/{id}")),
            ("list hours", () => client.GetAsync("/api/volunteering/hours")),
            ("log hours", () => client.PostAsJsonAsync("/api/volunteering/hours", new { memberId = member.Id, hours = 8, description = "x" })),
            ("approve hours", () => client.PostAsync($"/api/volunteering/hours/{id}/approve", null)),
            ("list feedback (staff)", () => client.GetAsync("/api/feedback")),
            ("answer feedback", () => client.PostAsJsonAsync($"/api/feedback/{id}/answer", new { answer = "x" })),
            ("staff case view of my own case", () => client.GetAsync($"/api/cases/{caseId}")),
            ("case list", () => client.GetAsync("/api/cases")),
            ("task inbox", () => client.GetAsync("/api/inbox")),
            ("record my reply as staff", () => client.PostAsJsonAsync($"/api/cases/{caseId}/member-reply", new { data = new { x = 1 } })),
        };
        foreach (var (name, call) in staffOnly)
        {
            using var response = await call();
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{name}: expected 403, got {(int)response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync("/api/portal/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync($"/api/portal/requests/{caseId}")).StatusCode);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/portal/requests/{caseId}")).StatusCode);
    }
}

/// <summary>The test server decides at creation that a hand-built request has no body; this one has.</summary>
file sealed class HasBody : IHttpRequestBodyDetectionFeature
{
    public bool CanHaveBody => true;
}

public sealed class SqlitePortalRequestTests(SqliteCasesHost host) : PortalRequestTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresPortalRequestTests(PostgresCasesHost host) : PortalRequestTests(host), IClassFixture<PostgresCasesHost>;
