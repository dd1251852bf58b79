using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Infrastructure;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using DomatAljandal.Workflows.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Cases;

/// <summary>The seven-step member service procedure through the case API, as staff meet it; run on SQLite and PostgreSQL.</summary>
public abstract class MemberServiceRequestTests(CasesHost host)
{
    private static string[] Templates(JsonElement details) =>
        [.. details.GetProperty("communications").EnumerateArray().Select(c => c.GetProperty("templateKey").GetString()!)];

    [SkippableFact]
    public async Task A_request_goes_through_all_seven_stages_to_completed()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var opened = await desk.OpenCaseAsync(email: "fahad@example.com");
        var caseId = opened.GetProperty("id").GetGuid();
        Assert.Matches(@"^DJ-1448-\d{6}$", opened.GetProperty("reference").GetString());

        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal("Open", details.GetProperty("status").GetString());
        Assert.Equal("receive", details.GetProperty("currentStep").GetString());
        // The tracker is the stages the procedure's definition declares, each exactly an id, its names and a state.
        var stages = details.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["receive", "verify", "clarify", "declaration", "committee", "registration", "deliver"], stages.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("استقبال العضو", stages[0].GetProperty("nameAr").GetString());
        Assert.Equal("الإحالة إلى لجنة البحث", stages[4].GetProperty("nameAr").GetString());
        Assert.All(stages, s => Assert.Equal(["id", "nameAr", "nameEn", "state"], s.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["Current", "Ahead", "Ahead", "Ahead", "Ahead", "Ahead", "Ahead"], stages.Select(s => s.GetProperty("state").GetString()));
        Assert.Equal("فهد عبدالله محمد الرويلي", details.GetProperty("member").GetProperty("fullName").GetString());
        Assert.Contains(NotificationTemplateKeys.RequestReceived, Templates(details));
        var receive = await desk.TaskAsync(caseId, "receive");
        Assert.Equal("MemberRelationsOfficer", receive.GetProperty("role").GetString());
        Assert.Equal(["Received"], receive.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()));
        var received = Assert.Single(receive.GetProperty("outcomeChoices").EnumerateArray());
        Assert.Equal("تم الاستقبال", received.GetProperty("nameAr").GetString());
        Assert.Equal("receive", receive.GetProperty("stageId").GetString());
        Assert.True(receive.TryGetProperty("dueAt", out var due) && due.ValueKind == JsonValueKind.String);

        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");
        await desk.VerifyCompleteAsync(caseId);
        details = await desk.GetCaseAsync(caseId);
        Assert.Equal("declaration", details.GetProperty("currentStep").GetString());
        Assert.Equal("DeclarationSigned", Assert.Single(details.GetProperty("waitingFor").EnumerateArray()).GetProperty("eventName").GetString());

        await desk.SignDeclarationOnPaperAsync(caseId);
        details = await desk.GetCaseAsync(caseId);
        Assert.Equal("InCommittee", details.GetProperty("status").GetString());
        Assert.Equal("PaperScan", details.GetProperty("declaration").GetProperty("method").GetString());
        Assert.Contains(NotificationTemplateKeys.CommitteeReview, Templates(details));
        var committee = await desk.TaskAsync(caseId, "committee");
        Assert.Equal(["قبول", "رفض", "إعادة لاستكمال المعلومات"], committee.GetProperty("outcomeChoices").EnumerateArray().Select(o => o.GetProperty("nameAr").GetString()));
        // Ten working days (Sunday to Thursday): two weekends in between, so 12 to 14 calendar days by the weekday it starts
        // (the exact count on the calendar is ProcedureTimeTests' concern).
        Assert.InRange((committee.GetProperty("dueAt").GetDateTimeOffset() - app.Clock.GetUtcNow()).TotalDays, 12, 16);

        await desk.CompleteOkAsync(desk.Committee, caseId, "committee", "Accept", new { reason = "الطلب مستوفٍ للشروط" });
        await desk.CompleteOkAsync(desk.Officer, caseId, "complete-registration", "Registered");
        await desk.CompleteOkAsync(desk.Officer, caseId, "deliver-service", "Delivered", new { deliveryNotes = "صُرف الدعم: أربعون خلية" });

        details = await desk.GetCaseAsync(caseId);
        Assert.Equal("Completed", details.GetProperty("status").GetString());
        Assert.Equal("Completed", details.GetProperty("workflowResult").GetString());
        Assert.Empty(details.GetProperty("tasks").EnumerateArray());
        // Every stage is done except the social researcher's, which a member who understood the procedure skips.
        Assert.All(details.GetProperty("steps").EnumerateArray(), s => Assert.Equal(
            s.GetProperty("id").GetString() == "clarify" ? "Skipped" : "Done", s.GetProperty("state").GetString()));
        Assert.Equal("deliver", details.GetProperty("currentStep").GetString());
        Assert.Equal("Accept", details.GetProperty("decision").GetProperty("outcome").GetString());
        // The clock is frozen, so messages share a timestamp and their order is the database's: compare as a set.
        Assert.Equal(
            new[] { NotificationTemplateKeys.RequestReceived, NotificationTemplateKeys.DeclarationToSign, NotificationTemplateKeys.CommitteeReview, NotificationTemplateKeys.DecisionAccepted,
                NotificationTemplateKeys.ServiceDelivered }.Order(),
            Templates(details).Order());
        Assert.All(details.GetProperty("communications").EnumerateArray(), c => Assert.Equal("fahad@example.com", c.GetProperty("recipient").GetString()));
        var timeline = details.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("activityId").GetString()).ToList();
        Assert.Contains("committee", timeline);
        Assert.Equal("end-completed", timeline[^1]);
        // The timeline shows the stages entered and the committee's choice by its label.
        Assert.Contains(details.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("activityType").GetString() == "Stage"
            && t.GetProperty("nameAr").GetString() == "استكمال إجراءات التسجيل");
        Assert.Contains(details.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("activityId").GetString() == "committee"
            && t.GetProperty("outcomeNameAr").GetString() == "قبول");
        var decided = details.GetProperty("decision");
        Assert.Equal("الطلب مستوفٍ للشروط", decided.GetProperty("reason").GetString());
        Assert.Equal(desk.EmailOf("CommitteeMember"), decided.GetProperty("decidedBy").GetString());
        Assert.Contains(details.GetProperty("attachments").EnumerateArray(), a => a.GetProperty("documentKey").GetString() == "signedDeclaration");

        var list = await desk.Officer.GetFromJsonAsync<JsonElement>("/api/cases?status=Completed&pageSize=200");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == caseId);
    }

    [SkippableFact]
    public async Task Missing_information_waits_for_the_member_and_their_reply_returns_the_case_to_verification()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");
        await desk.CompleteOkAsync(desk.Officer, caseId, "verify", "MissingInformation", new { missingItems = "صورة الهوية وخطاب الآيبان" });

        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal("AwaitingMember", details.GetProperty("status").GetString());
        Assert.Empty(details.GetProperty("tasks").EnumerateArray());
        Assert.Equal("MemberReplied", Assert.Single(details.GetProperty("waitingFor").EnumerateArray()).GetProperty("eventName").GetString());
        var sms = Assert.Single(details.GetProperty("communications").EnumerateArray(), c => c.GetProperty("templateKey").GetString() == NotificationTemplateKeys.MissingInformation);
        Assert.Equal("Sms", sms.GetProperty("channel").GetString());

        var reply = await desk.Officer.PostAsJsonAsync($"/api/cases/{caseId}/member-reply", new { data = new { amountRequested = 5000 }, comment = "أحضر العضو المستندات" });
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);

        details = await desk.GetCaseAsync(caseId);
        Assert.Equal("Open", details.GetProperty("status").GetString());
        Assert.Equal("verify", details.GetProperty("currentStep").GetString());
        Assert.Equal("5000", details.GetProperty("submittedData").GetProperty("amountRequested").GetString());
        Assert.Contains(details.GetProperty("notes").EnumerateArray(), n => n.GetProperty("text").GetString() == "أحضر العضو المستندات");
        await desk.TaskAsync(caseId, "verify");

        var again = await desk.Officer.PostAsJsonAsync($"/api/cases/{caseId}/member-reply", new { data = new { amountRequested = 1 } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [SkippableFact]
    public async Task An_unclear_procedure_goes_to_the_social_researcher_and_back_to_verification()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");
        await desk.CompleteOkAsync(desk.Officer, caseId, "verify", "Unclear");

        var clarify = await desk.TaskAsync(caseId, "clarify");
        Assert.Equal("SocialResearcher", clarify.GetProperty("role").GetString());
        Assert.Equal("clarify", (await desk.GetCaseAsync(caseId)).GetProperty("currentStep").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.CompleteAsync(desk.Officer, caseId, clarify, "Explained", new { explanation = "x" })).StatusCode);

        var noExplanation = await desk.CompleteAsync(desk.Researcher, caseId, clarify, "Explained");
        Assert.Equal(HttpStatusCode.BadRequest, noExplanation.StatusCode);
        Assert.True((await noExplanation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("explanation", out _));

        await desk.CompleteOkAsync(desk.Researcher, caseId, "clarify", "Explained", new { explanation = "شُرحت للعضو آلية الدعم ومدة دراسة اللجنة" });
        await desk.TaskAsync(caseId, "verify");
        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal("verify", details.GetProperty("currentStep").GetString());
        Assert.Equal("Done", details.GetProperty("steps")[2].GetProperty("state").GetString());
    }

    [SkippableFact]
    public async Task The_committee_rejects_only_with_a_reason_and_the_rejection_letter_carries_it()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = await desk.CaseAtCommitteeAsync();
        var committee = await desk.TaskAsync(caseId, "committee");
        Assert.Equal(["قبول", "رفض", "إعادة لاستكمال المعلومات"], committee.GetProperty("outcomeChoices").EnumerateArray().Select(o => o.GetProperty("nameAr").GetString()));

        foreach (var outcome in new[] { "Reject", "Accept" })
        {
            var noReason = await desk.CompleteAsync(desk.Committee, caseId, committee, outcome, new { reason = " " });
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await desk.CompleteAsync(desk.Committee, caseId, committee, "Maybe", new { reason = "x" })).StatusCode);
        var rejected = await desk.CompleteAsync(desk.Committee, caseId, committee, "Reject", new { reason = "عدد الخلايا أقل من الحد الأدنى للدعم" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);

        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal("Rejected", details.GetProperty("status").GetString());
        Assert.Equal("عدد الخلايا أقل من الحد الأدنى للدعم", details.GetProperty("decision").GetProperty("reason").GetString());
        Assert.Contains(NotificationTemplateKeys.DecisionRejected, Templates(details));

        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsJsonAsync($"/api/cases/{caseId}/letters", new { kind = "Acceptance" })).StatusCode);
        var issued = await desk.Officer.PostAsJsonAsync($"/api/cases/{caseId}/letters", new { kind = "Rejection" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var letter = await issued.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches(@"^DJ-L-1448-\d{6}$", letter.GetProperty("reference").GetString());

        var printable = await desk.Officer.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/letters/{letter.GetProperty("id").GetGuid()}");
        Assert.Equal("rtl", printable.GetProperty("direction").GetString());
        Assert.Contains("هـ", printable.GetProperty("issuedAtText").GetString());
        Assert.Contains(printable.GetProperty("paragraphs").EnumerateArray(), p => p.GetString()!.Contains("عدد الخلايا أقل من الحد الأدنى للدعم"));
        Assert.Equal("الجمعية التعاونية لنحالي دومة الجندل", printable.GetProperty("letterhead").GetProperty("name").GetString());
        var letters = await desk.Officer.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/letters");
        // The procedure issued the receipt and the rejection itself; the officer's is a second copy.
        Assert.Equal(["Receipt", "Rejection", "Rejection"], letters.EnumerateArray().Select(l => l.GetProperty("kind").GetString()));
    }

    [SkippableFact]
    public async Task A_committee_deadline_breach_flags_the_case_tells_managers_and_committee_and_leaves_the_decision_open()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = await desk.CaseAtCommitteeAsync();

        app.Clock.Advance(TimeSpan.FromDays(15));
        using (var scope = app.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ITimerDispatcher>().RunDueTimersOnceAsync(CancellationToken.None) >= 1);
        }

        await desk.SignInAgainAsync();
        var details = await desk.GetCaseAsync(caseId);
        Assert.True(details.GetProperty("isDeadlineBreached").GetBoolean());
        var task = await desk.TaskAsync(caseId, "committee");
        Assert.True(task.GetProperty("breached").GetBoolean());

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var breachMails = await db.Set<OutboxMessage>().Where(m => m.CaseId == caseId && m.TemplateKey == NotificationTemplateKeys.DeadlineBreached)
                .Select(m => m.Recipient).ToListAsync();
            Assert.Contains(desk.EmailOf("Manager"), breachMails);
            Assert.Contains(desk.EmailOf("CommitteeMember"), breachMails);
        }

        var sla = await desk.Manager.GetFromJsonAsync<JsonElement>("/api/sla/breaches");
        var item = Assert.Single(sla.GetProperty("items").GetProperty("items").EnumerateArray(), i => i.GetProperty("caseId").GetGuid() == caseId);
        Assert.True(item.GetProperty("breached").GetBoolean());
        Assert.Equal("CommitteeMember", item.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync("/api/sla/breaches")).StatusCode);

        var breachedCases = await desk.Manager.GetFromJsonAsync<JsonElement>("/api/cases?breached=true&pageSize=200");
        Assert.Contains(breachedCases.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == caseId);

        await desk.CompleteOkAsync(desk.Committee, caseId, "committee", "Accept", new { reason = "مقبول بعد الدراسة" });
        await desk.TaskAsync(caseId, "complete-registration");
    }

    [SkippableFact]
    public async Task A_task_is_completed_once_and_only_by_its_role()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        var receive = await desk.TaskAsync(caseId, "receive");

        Assert.Equal(HttpStatusCode.Forbidden, (await desk.CompleteAsync(desk.Committee, caseId, receive, "Received")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.CompleteAsync(desk.Officer, caseId, receive, "Received")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await desk.CompleteAsync(desk.Officer, caseId, receive, "Received")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.CompleteAsync(desk.Officer, Guid.NewGuid(), receive, "Received")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Officer.GetAsync($"/api/cases/{Guid.NewGuid()}")).StatusCode);
    }

    [SkippableFact]
    public async Task An_edit_of_a_stale_version_is_refused_with_409()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        var version = (await desk.GetCaseAsync(caseId)).GetProperty("version").GetInt32();

        var first = await desk.Officer.PostAsJsonAsync($"/api/cases/{caseId}/notes", new { text = "اتصل العضو للاستفسار", version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(version + 1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        var stale = await desk.Researcher.PostAsJsonAsync($"/api/cases/{caseId}/notes", new { text = "ملاحظة على نسخة قديمة", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var staleTask = await desk.CompleteAsync(desk.Officer, caseId, await desk.TaskAsync(caseId, "receive"), "Received", version: version);
        Assert.Equal(HttpStatusCode.Conflict, staleTask.StatusCode);

        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            desk.Officer.PostAsJsonAsync($"/api/cases/{caseId}/notes", new { text = $"ملاحظة {i}", version = version + 1 })));
        Assert.Single(together, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(together.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [SkippableFact]
    public async Task Attachments_that_are_too_big_or_not_what_they_claim_are_refused()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();

        var big = new byte[(int)AttachmentPolicy.MaxSizeBytes + 1];
        Files.Pdf.CopyTo(big, 0);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await desk.Officer.PostAsync($"/api/cases/{caseId}/attachments", Files.Upload(big, "big.pdf", "application/pdf"))).StatusCode);

        var disguised = await desk.Officer.PostAsync($"/api/cases/{caseId}/attachments", Files.Upload(Files.Exe, "hiwyah.pdf", "application/pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, disguised.StatusCode);
        Assert.True((await disguised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("file", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsync($"/api/cases/{caseId}/attachments", Files.Upload(Files.Exe, "setup.exe", "application/x-msdownload"))).StatusCode);

        var ok = await desk.Officer.PostAsync($"/api/cases/{caseId}/attachments", Files.Upload(Files.Pdf, "../../صورة الهوية.pdf".Replace("../../", ""), "application/pdf", "nationalIdCopy"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var attachment = (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attachment");
        Assert.Equal("صورة الهوية.pdf", attachment.GetProperty("fileName").GetString());
        var download = await desk.Officer.GetByteArrayAsync($"/api/cases/{caseId}/attachments/{attachment.GetProperty("id").GetGuid()}");
        Assert.Equal(Files.Pdf, download);

        var details = await desk.GetCaseAsync(caseId);
        Assert.DoesNotContain(details.GetProperty("checklistGaps").EnumerateArray(), g => g.GetProperty("field").GetString() == "documents.nationalIdCopy");
        Assert.Contains(details.GetProperty("checklistGaps").EnumerateArray(), g => g.GetProperty("field").GetString() == "documents.bankLetter");
    }

    [SkippableFact]
    public async Task A_new_request_with_an_invalid_national_id_is_a_400_naming_member_national_id()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var response = await desk.Officer.PostAsJsonAsync("/api/cases", new
        {
            member = new { fullName = "سارة خالد سعد الشمري", nationalId = "1234567890", mobile = "0551234567" },
            serviceType = "inquiry",
            channel = "Phone",
            data = new { question = "متى يفتح باب التسجيل؟" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("member.nationalId", out _));

        var badChannel = await desk.Officer.PostAsJsonAsync("/api/cases", new { memberId = Guid.NewGuid(), serviceType = "inquiry", channel = "Pigeon" });
        Assert.True((await badChannel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("channel", out _));
        var unknownService = await desk.Officer.PostAsJsonAsync("/api/cases", new { memberId = Guid.NewGuid(), serviceType = "teleport", channel = "Phone" });
        Assert.True((await unknownService.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("serviceType", out _));
    }

    [SkippableFact]
    public async Task If_starting_the_workflow_fails_no_case_member_instance_or_outbox_row_remains()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var nationalId = CaseDesk.NewNationalId();
        var before = await CountsAsync(app);

        app.Crash.Armed = true;
        var response = await desk.Officer.PostAsJsonAsync("/api/cases", new
        {
            member = new { fullName = "نورة سالم عيد العنزي", nationalId, mobile = "0561234567" },
            serviceType = "volunteering",
            channel = "Website",
            data = new { skills = "تصوير", availability = "نهاية الأسبوع" },
        });
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(before, await CountsAsync(app));
        using var scope = app.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Domain.Members.Member>().AnyAsync(m => m.NationalId == nationalId));
    }

    [SkippableFact]
    public async Task The_inbox_lists_my_roles_tasks_and_a_claimed_task_cannot_be_claimed_by_a_colleague()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var secondDesk = await CaseDesk.OpenAsync(app);
        var caseId = (await desk.OpenCaseAsync()).GetProperty("id").GetGuid();
        var taskId = (await desk.TaskAsync(caseId, "receive")).GetProperty("taskId").GetGuid();

        var inbox = await desk.Officer.GetFromJsonAsync<JsonElement>("/api/inbox");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("taskId").GetGuid() == taskId);
        Assert.DoesNotContain((await desk.Committee.GetFromJsonAsync<JsonElement>("/api/inbox")).GetProperty("items").EnumerateArray(), i => i.GetProperty("taskId").GetGuid() == taskId);

        Assert.Equal(HttpStatusCode.OK, (await desk.Officer.PostAsync($"/api/inbox/{taskId}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await secondDesk.Officer.PostAsync($"/api/inbox/{taskId}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Committee.PostAsync($"/api/inbox/{taskId}/claim", null)).StatusCode);
        var mine = await desk.Officer.GetFromJsonAsync<JsonElement>("/api/inbox?mine=true");
        Assert.True(Assert.Single(mine.GetProperty("items").EnumerateArray(), i => i.GetProperty("taskId").GetGuid() == taskId).GetProperty("claimedByMe").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await desk.CompleteAsync(secondDesk.Officer, caseId, await desk.TaskAsync(caseId, "receive"), "Received")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await desk.Officer.PostAsync($"/api/inbox/{taskId}/release", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secondDesk.Officer.PostAsync($"/api/inbox/{taskId}/claim", null)).StatusCode);
    }

    [SkippableFact]
    public async Task The_catalog_is_seeded_with_checklists_and_only_admins_change_it()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var catalog = await desk.Officer.GetFromJsonAsync<JsonElement>("/api/service-types");
        var codes = catalog.EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "membership-registration", "support-request", "assistance-request", "volunteering", "certificate-request", "inquiry" }, codes.ToHashSet());
        var support = catalog.EnumerateArray().Single(s => s.GetProperty("code").GetString() == "support-request");
        Assert.Equal("member-service-request", support.GetProperty("workflowDefinitionId").GetString());
        Assert.Equal("طلب دعم", support.GetProperty("nameAr").GetString());
        Assert.Contains(support.GetProperty("documents").EnumerateArray(), d => d.GetProperty("key").GetString() == "bankLetter");

        var body = new
        {
            code = "hive-inspection",
            nameAr = "فحص المناحل",
            nameEn = "Apiary inspection",
            workflowDefinitionId = "member-service-request",
            isActive = true,
            fields = new[] { new { key = "apiaryLocation", labelAr = "موقع المنحل", labelEn = "Apiary location", kind = "Text", required = true } },
            documents = Array.Empty<object>(),
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.PostAsJsonAsync("/api/service-types", body)).StatusCode);
        using var admin = await app.AdminClientAsync();
        var created = await admin.PostAsJsonAsync("/api/service-types", body);
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await created.Content.ReadAsStringAsync());
        var changed = await admin.PutAsJsonAsync("/api/service-types/hive-inspection", body with { nameEn = "Apiary inspection visit" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/service-types/no-such-service", body)).StatusCode);
    }

    private static async Task<(int Cases, int Members, int Instances, int Outbox, int Counters)> CountsAsync(CasesAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var instances = 0;
        var queries = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceQueries>();
        foreach (var definition in await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().ListAsync(CancellationToken.None))
        {
            instances += (await queries.CountByVersionAsync(definition.DefinitionId, CancellationToken.None)).Sum(v => v.Active + v.Finished + v.TestRuns);
        }

        return (await db.Set<ServiceCase>().CountAsync(), await db.Set<Domain.Members.Member>().CountAsync(), instances,
            await db.Set<OutboxMessage>().CountAsync(), await db.Database.SqlQueryRaw<int>("SELECT COALESCE(SUM(last_value), 0) AS \"Value\" FROM reference_counters").SingleAsync());
    }
}

public sealed class SqliteMemberServiceRequestTests(SqliteCasesHost host) : MemberServiceRequestTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresMemberServiceRequestTests(PostgresCasesHost host) : MemberServiceRequestTests(host), IClassFixture<PostgresCasesHost>;
