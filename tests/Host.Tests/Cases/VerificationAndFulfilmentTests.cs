using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Cases;

/// <summary>
/// Step 2 checked against the checklist, missing information that names its items, steps 6 and 7 doing their work, and a
/// withdrawal — through the case and portal APIs; run on SQLite and PostgreSQL.
/// </summary>
public abstract class VerificationAndFulfilmentTests(CasesHost host)
{
    private static readonly object SupportData = new { supportKind = "خلايا نحل", hiveCount = 40, justification = "تعويض خسائر الشتاء" };

    private static string[] Templates(JsonElement details) =>
        [.. details.GetProperty("communications").EnumerateArray().Select(c => c.GetProperty("templateKey").GetString()!)];

    [SkippableFact]
    public async Task Complete_is_refused_while_the_checklist_has_gaps_and_accepted_once_the_data_and_the_document_arrive()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");
        // The ID copy is on the case, filed as that document: the checklist no longer lists it.
        await (await desk.Officer.PostAsync($"/api/cases/{caseId}/attachments", Files.Upload(Files.Pdf, "هوية.pdf", "application/pdf", "nationalIdCopy")))
            .JsonAsync(HttpStatusCode.OK);
        var unknownKind = await desk.Officer.PostAsync($"/api/cases/{caseId}/attachments", Files.Upload(Files.Pdf, "x.pdf", "application/pdf", "passportCopy"));
        Assert.True((await unknownKind.JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("documentKey", out _));

        var refused = await desk.CompleteAsync(desk.Officer, caseId, await desk.TaskAsync(caseId, "verify"), "Complete");
        var problem = await refused.JsonAsync(HttpStatusCode.BadRequest);
        var gaps = problem.GetProperty("errors");
        Assert.Equal(["documents.bankLetter"], gaps.EnumerateObject().Select(g => g.Name));
        // In the user's language (Arabic by default).
        Assert.Equal(["المستند «خطاب الآيبان من البنك» مطلوب."], gaps.GetProperty("documents.bankLetter").EnumerateArray().Select(m => m.GetString()));
        // Nothing moved: the task is still open and the case at verification.
        await desk.TaskAsync(caseId, "verify");

        // The missing document arrives: the submission is complete.
        await (await desk.Officer.PostAsync($"/api/cases/{caseId}/attachments", Files.Upload(Files.Pdf, "الآيبان.pdf", "application/pdf", "bankLetter")))
            .JsonAsync(HttpStatusCode.OK);
        await desk.CompleteOkAsync(desk.Officer, caseId, "verify", "Complete");
        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal("declaration", details.GetProperty("currentStep").GetString());
        Assert.Empty(details.GetProperty("checklistGaps").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("verificationOverride").ValueKind);
    }

    [SkippableFact]
    public async Task An_officer_completes_verification_despite_gaps_only_with_a_reason_which_is_shown_on_the_case_and_audited()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");

        var blank = await desk.CompleteAsync(desk.Officer, caseId, await desk.TaskAsync(caseId, "verify"), "Complete", new { overrideReason = "  " });
        var gaps = (await blank.JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["documents.bankLetter", "documents.nationalIdCopy"], gaps.EnumerateObject().Select(g => g.Name).Order());

        await desk.CompleteOkAsync(desk.Officer, caseId, "verify", "Complete", new { overrideReason = "المستندات الأصلية اطّلع عليها الموظف في المقر" });
        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal("declaration", details.GetProperty("currentStep").GetString());
        var overridden = details.GetProperty("verificationOverride");
        Assert.Equal("المستندات الأصلية اطّلع عليها الموظف في المقر", overridden.GetProperty("text").GetString());
        Assert.Equal(desk.EmailOf("MemberRelationsOfficer"), overridden.GetProperty("by").GetString());

        using var scope = app.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityType == "ServiceCase" && e.EntityId == caseId.ToString()).ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal(AuditAction.Updated, entry.Action);
        using var logged = JsonDocument.Parse(entry.Details!);
        Assert.Equal("المستندات الأصلية اطّلع عليها الموظف في المقر", logged.RootElement.GetProperty("verificationOverride").GetString());
        Assert.Contains(logged.RootElement.GetProperty("gaps").EnumerateArray(), g => g.GetString() == "documents.bankLetter");
    }

    [SkippableFact]
    public async Task Missing_information_names_its_items_in_the_message_and_on_the_portal_and_the_members_answer_fills_them()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _client = client;
        var caseId = (await (await client.PostAsJsonAsync("/api/portal/requests", new { serviceType = "support-request", data = SupportData }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");
        var verify = await desk.TaskAsync(caseId, "verify");

        // Nothing named is refused, and so is an item that is not on the checklist.
        Assert.True((await (await desk.CompleteAsync(desk.Officer, caseId, verify, "MissingInformation")).JsonAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("missingItems", out _));
        Assert.True((await (await desk.CompleteAsync(desk.Officer, caseId, verify, "MissingInformation", new { requestedItems = new[] { "documents.passport" } }))
            .JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("requestedItems", out _));

        await desk.CompleteOkAsync(desk.Officer, caseId, "verify", "MissingInformation", new
        {
            requestedItems = new[] { "documents.bankLetter", "submittedData.amountRequested" },
            missingItems = "ويُرجى أن يكون الخطاب حديثًا",
        });
        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal(["documents.bankLetter", "submittedData.amountRequested"], details.GetProperty("requestedItems").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal("خطاب الآيبان من البنك", details.GetProperty("requestedItems")[0].GetProperty("labelAr").GetString());

        // The member's message lists what is missing by its names, with the officer's words.
        using (var scope = app.Services.CreateScope())
        {
            var message = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().AsNoTracking()
                .SingleAsync(m => m.CaseId == caseId && m.TemplateKey == NotificationTemplateKeys.MissingInformation);
            Assert.Contains("خطاب الآيبان من البنك", message.BodyText);
            Assert.Contains("المبلغ المطلوب (ريال)", message.BodyText);
            Assert.Contains("ويُرجى أن يكون الخطاب حديثًا", message.BodyText);
        }

        // The portal lists the same items, fields and documents apart.
        var asked = (await (await client.GetAsync($"/api/portal/requests/{caseId}")).JsonAsync(HttpStatusCode.OK)).GetProperty("actionNeeded");
        Assert.Equal("ProvideMissingInformation", asked.GetProperty("kind").GetString());
        var items = asked.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([true, false], items.Select(i => i.GetProperty("isDocument").GetBoolean()));
        Assert.Equal(["bankLetter", "amountRequested"], items.Select(i => i.GetProperty("key").GetString()));
        Assert.Equal("ويُرجى أن يكون الخطاب حديثًا", asked.GetProperty("missingItems").GetString());

        // The member's answer fills the field and the document it names; the case is back at verification with nothing asked.
        await (await client.PostAsync($"/api/portal/requests/{caseId}/attachments", Files.Upload(Files.Pdf, "الآيبان.pdf", "application/pdf", "bankLetter")))
            .JsonAsync(HttpStatusCode.OK);
        await (await client.PostAsJsonAsync($"/api/portal/requests/{caseId}/reply", new { data = new { amountRequested = 5000 } })).JsonAsync(HttpStatusCode.OK);
        details = await desk.GetCaseAsync(caseId);
        Assert.Equal("5000", details.GetProperty("submittedData").GetProperty("amountRequested").GetString());
        Assert.DoesNotContain(details.GetProperty("checklistGaps").EnumerateArray(), g => g.GetProperty("field").GetString() == "documents.bankLetter");
        Assert.Empty(details.GetProperty("requestedItems").EnumerateArray());
        await desk.TaskAsync(caseId, "verify");
    }

    [SkippableFact]
    public async Task Completing_the_registration_of_a_membership_request_writes_the_membership_and_the_apiary_onto_the_member()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var opened = await (await desk.Officer.PostAsJsonAsync("/api/cases", new
        {
            member = new { fullName = "سالم خالد ناصر الشراري", nationalId = CaseDesk.NewNationalId(), mobile = "0509876543", preferredChannel = "Sms" },
            serviceType = "membership-registration",
            channel = "InPerson",
            data = new { city = "دومة الجندل", apiaryLocation = "وادي السرحان", hiveCount = 25, sharesRequested = 3 },
        })).JsonAsync(HttpStatusCode.Created);
        var caseId = opened.GetProperty("id").GetGuid();
        var memberId = opened.GetProperty("memberId").GetGuid();
        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");
        await desk.VerifyCompleteAsync(caseId);
        await desk.SignDeclarationOnPaperAsync(caseId);
        await desk.CompleteOkAsync(desk.Committee, caseId, "committee", "Accept", new { reason = "نحال ممارس" });

        var before = await desk.Officer.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}");
        Assert.Equal(JsonValueKind.Null, before.GetProperty("membershipNumber").ValueKind);
        await desk.CompleteOkAsync(desk.Officer, caseId, "complete-registration", "Registered");

        var member = await desk.Officer.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}");
        Assert.Matches(@"^DJ-M-1448-\d{5}$", member.GetProperty("membershipNumber").GetString());
        Assert.Equal(3, member.GetProperty("shares").GetInt32());
        Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), Domain.Dates.DualDate.Riyadh).Date).ToString("yyyy-MM-dd"),
            member.GetProperty("joinedOn").GetString());
        var apiary = Assert.Single(member.GetProperty("apiaries").EnumerateArray());
        Assert.Equal("وادي السرحان", apiary.GetProperty("location").GetString());
        Assert.Equal(25, apiary.GetProperty("hiveCount").GetInt32());

        // Step 7 records what was delivered, shows it, and tells the member.
        var noText = await desk.CompleteAsync(desk.Officer, caseId, await desk.TaskAsync(caseId, "deliver-service"), "Delivered");
        Assert.True((await noText.JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("deliveryNotes", out _));
        await (await desk.Officer.PostAsync($"/api/cases/{caseId}/attachments", Files.Upload(Files.Pdf, "بطاقة-العضوية.pdf", "application/pdf", "delivered")))
            .JsonAsync(HttpStatusCode.OK);
        await desk.CompleteOkAsync(desk.Officer, caseId, "deliver-service", "Delivered", new { deliveryNotes = "سُلّمت بطاقة العضوية وشهادة الأسهم" });
        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal("Completed", details.GetProperty("status").GetString());
        Assert.Equal("سُلّمت بطاقة العضوية وشهادة الأسهم", details.GetProperty("delivery").GetProperty("text").GetString());
        Assert.Contains(details.GetProperty("attachments").EnumerateArray(), a => a.GetProperty("documentKey").GetString() == "delivered");
        Assert.Contains(NotificationTemplateKeys.ServiceDelivered, Templates(details));
        // The timeline carries what staff wrote at each task.
        Assert.Contains(details.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("activityId").GetString() == "deliver-service"
            && t.GetProperty("data").GetProperty("deliveryNotes").GetString() == "سُلّمت بطاقة العضوية وشهادة الأسهم");
    }

    [SkippableFact]
    public async Task A_member_withdraws_an_open_request_with_a_reason_its_workflow_ends_as_withdrawn_and_the_member_is_told()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _client = client;
        var caseId = (await (await client.PostAsJsonAsync("/api/portal/requests", new { serviceType = "support-request", data = SupportData }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");

        Assert.True((await (await client.PostAsJsonAsync($"/api/portal/requests/{caseId}/withdraw", new { reason = " " })).JsonAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("reason", out _));
        var withdrawn = await (await client.PostAsJsonAsync($"/api/portal/requests/{caseId}/withdraw", new { reason = "حصلت على الدعم من جهة أخرى" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Withdrawn", withdrawn.GetProperty("workflowResult").GetString());

        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal("Cancelled", details.GetProperty("status").GetString());
        Assert.Equal("Cancelled", details.GetProperty("workflowStatus").GetString());
        Assert.Equal("Withdrawn", details.GetProperty("workflowResult").GetString());
        Assert.Empty(details.GetProperty("tasks").EnumerateArray());
        Assert.Equal("حصلت على الدعم من جهة أخرى", details.GetProperty("withdrawal").GetProperty("text").GetString());
        Assert.Contains(NotificationTemplateKeys.RequestWithdrawn, Templates(details));
        var tracked = await (await client.GetAsync($"/api/portal/requests/{caseId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("مسحوب", tracked.GetProperty("statusNameAr").GetString());

        // A closed request cannot be withdrawn again, by the member or by an officer.
        await (await client.PostAsJsonAsync($"/api/portal/requests/{caseId}/withdraw", new { reason = "مرة أخرى" })).JsonAsync(HttpStatusCode.BadRequest);
        await (await desk.Officer.PostAsJsonAsync($"/api/cases/{caseId}/withdraw", new { reason = "مرة أخرى" })).JsonAsync(HttpStatusCode.BadRequest);
    }

    [SkippableFact]
    public async Task An_officer_withdraws_a_request_at_the_members_request_and_another_member_cannot()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = await desk.CaseAtCommitteeAsync();
        var stranger = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, stranger);
        using var _client = client;
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/portal/requests/{caseId}/withdraw", new { reason = "x" })).StatusCode);

        await (await desk.Officer.PostAsJsonAsync($"/api/cases/{caseId}/withdraw", new { reason = "اتصل العضو وطلب سحب طلبه" })).JsonAsync(HttpStatusCode.OK);
        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal("Withdrawn", details.GetProperty("workflowResult").GetString());
        Assert.Equal(desk.EmailOf("MemberRelationsOfficer"), details.GetProperty("withdrawal").GetProperty("by").GetString());
        Assert.Contains(details.GetProperty("notes").EnumerateArray(), n => n.GetProperty("text").GetString()!.Contains("اتصل العضو وطلب سحب طلبه"));
    }
}

public sealed class SqliteVerificationAndFulfilmentTests(SqliteCasesHost host) : VerificationAndFulfilmentTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresVerificationAndFulfilmentTests(PostgresCasesHost host) : VerificationAndFulfilmentTests(host), IClassFixture<PostgresCasesHost>;
