using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Cases;

/// <summary>
/// Each kind of service runs its own procedure, and the procedures issue their letters themselves: the short inquiry,
/// the certificate request ending with the certificate, and the seven stages' receipt, acceptance and rejection.
/// Letter wording is a template admins edit; an issued letter keeps its wording. Run on SQLite and PostgreSQL.
/// </summary>
public abstract class ServiceProceduresTests(CasesHost host)
{
    private const string LetterReference = @"^DJ-L-1448-\d{6}$";

    [SkippableFact]
    public async Task An_inquiry_is_answered_on_the_members_channel_and_closed_without_a_declaration_or_a_committee()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = await OpenAsync(desk, "inquiry", new { question = "متى يفتح باب التسجيل في برنامج الدعم؟" });

        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal(["receive", "answer"], details.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var answer = await desk.TaskAsync(caseId, "answer");
        Assert.Equal(["Answered"], answer.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.CompleteAsync(desk.Officer, caseId, answer, "Answered")).StatusCode);

        await desk.CompleteOkAsync(desk.Officer, caseId, "answer", "Answered", new { answer = "يفتح باب التسجيل في شهر رجب عبر بوابة الأعضاء." });

        details = await desk.GetCaseAsync(caseId);
        Assert.Equal("Completed", details.GetProperty("status").GetString());
        Assert.Equal("Completed", details.GetProperty("workflowResult").GetString());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("declaration").ValueKind);
        Assert.Equal(JsonValueKind.Null, details.GetProperty("decision").ValueKind);
        var timeline = details.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("activityId").GetString()).ToList();
        Assert.DoesNotContain("wait-declaration", timeline);
        Assert.DoesNotContain("committee", timeline);
        // The member has no email: the answer goes by SMS, their preferred channel, and says the answer.
        var sent = Assert.Single(details.GetProperty("communications").EnumerateArray(), c => c.GetProperty("templateKey").GetString() == NotificationTemplateKeys.InquiryAnswered);
        Assert.Equal("Sms", sent.GetProperty("channel").GetString());
        using var scope = app.Services.CreateScope();
        var message = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>()
            .SingleAsync(m => m.CaseId == caseId && m.TemplateKey == NotificationTemplateKeys.InquiryAnswered);
        Assert.Contains("يفتح باب التسجيل في شهر رجب", message.BodyText);
    }

    [SkippableFact]
    public async Task A_certificate_request_ends_with_the_certificate_issued_and_the_member_told()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = await OpenAsync(desk, "certificate-request", new { documentKind = "شهادة عضوية", addressedTo = "صندوق التنمية الزراعية" });
        Assert.Equal(["receive", "verify", "issue"], (await desk.GetCaseAsync(caseId)).GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetString()));

        await desk.CompleteOkAsync(desk.Officer, caseId, "verify", "Complete");

        var details = await desk.GetCaseAsync(caseId);
        Assert.Equal("Completed", details.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("declaration").ValueKind);
        Assert.Contains(NotificationTemplateKeys.CertificateIssued, details.GetProperty("communications").EnumerateArray().Select(c => c.GetProperty("templateKey").GetString()));
        var letters = await LettersAsync(desk, caseId);
        Assert.Equal(["Receipt", "Certificate"], letters.Select(l => l.GetProperty("kind").GetString()));
        var certificate = await PrintableAsync(desk, caseId, letters[1]);
        Assert.Contains("صندوق التنمية الزراعية", certificate.GetProperty("salutation").GetString());
        Assert.Contains(certificate.GetProperty("paragraphs").EnumerateArray(), p => p.GetString()!.Contains("شهادة عضوية"));
        Assert.Equal("مدير إدارة علاقات الأعضاء", certificate.GetProperty("signatory").GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task An_accepted_case_has_its_receipt_and_acceptance_letters_without_anyone_issuing_them()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = await desk.CaseAtCommitteeAsync();
        var atIntake = await LettersAsync(desk, caseId);
        Assert.Equal("Receipt", Assert.Single(atIntake).GetProperty("kind").GetString());

        await desk.CompleteOkAsync(desk.Committee, caseId, "committee", "Accept", new { reason = "الطلب مستوفٍ للشروط" });

        var letters = await LettersAsync(desk, caseId);
        Assert.Equal(["Receipt", "Acceptance"], letters.Select(l => l.GetProperty("kind").GetString()));
        Assert.All(letters, l => Assert.Matches(LetterReference, l.GetProperty("reference").GetString()));
        Assert.All(letters, l => Assert.Equal("workflow", l.GetProperty("issuedBy").GetString()));
        Assert.NotEqual(letters[0].GetProperty("reference").GetString(), letters[1].GetProperty("reference").GetString());
        var acceptance = await PrintableAsync(desk, caseId, letters[1]);
        Assert.Equal("rtl", acceptance.GetProperty("direction").GetString());
        Assert.StartsWith("قبول الطلب رقم", acceptance.GetProperty("subject").GetString());
        Assert.Equal("رئيس لجنة البحث", acceptance.GetProperty("signatory").GetProperty("title").GetString());
        // The case reference inside the Arabic sentence is isolated left to right, so it prints in its own order.
        Assert.Contains($"\u2066{(await desk.GetCaseAsync(caseId)).GetProperty("reference").GetString()}\u2069", acceptance.GetProperty("paragraphs")[0].GetString());
    }

    [SkippableFact]
    public async Task A_rejected_case_has_its_rejection_letter_with_the_reason_without_anyone_issuing_it()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var caseId = await desk.CaseAtCommitteeAsync();

        await desk.CompleteOkAsync(desk.Committee, caseId, "committee", "Reject", new { reason = "عدد الخلايا أقل من الحد الأدنى للدعم" });

        Assert.Equal("Rejected", (await desk.GetCaseAsync(caseId)).GetProperty("status").GetString());
        var letters = await LettersAsync(desk, caseId);
        Assert.Equal(["Receipt", "Rejection"], letters.Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal("workflow", letters[1].GetProperty("issuedBy").GetString());
        var rejection = await PrintableAsync(desk, caseId, letters[1]);
        Assert.Contains(rejection.GetProperty("paragraphs").EnumerateArray(), p => p.GetString() == "سبب القرار: \u2067عدد الخلايا أقل من الحد الأدنى للدعم\u2069");
    }

    [SkippableFact]
    public async Task An_issued_letter_keeps_its_wording_after_an_admin_rewords_the_template()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var admin = await app.AdminClientAsync();
        var caseId = await OpenAsync(desk, "certificate-request", new { documentKind = "خطاب تعريف", addressedTo = "من يهمه الأمر" });
        var receipt = Assert.Single(await LettersAsync(desk, caseId));
        var before = await PrintableAsync(desk, caseId, receipt);

        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync("/api/templates")).StatusCode);
        var template = await admin.GetFromJsonAsync<JsonElement>("/api/templates/letter-receipt");
        Assert.Contains("reference", template.GetProperty("placeholders").EnumerateArray().Select(p => p.GetString()));
        var arabic = new { subject = "إفادة باستلام طلبكم {reference}", greeting = "السلام عليكم ورحمة الله،", body = "استلمنا طلبكم «{serviceName}» بتاريخ {receivedAt:date}.\nالهاتف: {societyPhone} || تواصلوا معنا.", signatoryName = "خالد الشمري", signatoryTitle = "مدير الجمعية" };
        var english = new { subject = "Receipt {reference}", greeting = "Dear {memberName},", body = "We received your request.", signatoryName = (string?)null, signatoryTitle = "Director" };

        var unknown = await admin.PutAsJsonAsync("/api/templates/letter-receipt", new { arabic = arabic with { body = "رقم {caseNumber}" }, english });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("arabic.body", out _));

        var preview = await admin.PostAsJsonAsync("/api/templates/letter-receipt/preview", new { language = "ar", form = arabic });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("إفادة باستلام طلبكم \u2066DJ-1448-000123\u2069", (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subject").GetString());

        try
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/templates/letter-receipt", new { arabic, english })).StatusCode);

            var again = await PrintableAsync(desk, caseId, receipt);
            Assert.Equal(before.GetProperty("subject").GetString(), again.GetProperty("subject").GetString());
            Assert.Equal(before.GetProperty("paragraphs").ToString(), again.GetProperty("paragraphs").ToString());

            var issued = await desk.Officer.PostAsJsonAsync($"/api/cases/{caseId}/letters", new { kind = "Receipt" });
            Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
            var reworded = await PrintableAsync(desk, caseId, await issued.Content.ReadFromJsonAsync<JsonElement>());
            Assert.StartsWith("إفادة باستلام طلبكم", reworded.GetProperty("subject").GetString());
            Assert.Equal("السلام عليكم ورحمة الله،", reworded.GetProperty("salutation").GetString());
            Assert.Equal("خالد الشمري", reworded.GetProperty("signatory").GetProperty("name").GetString());
            Assert.Equal("مدير الجمعية", reworded.GetProperty("signatory").GetProperty("title").GetString());
            Assert.Equal(2, reworded.GetProperty("paragraphs").GetArrayLength());
            var list = await admin.GetFromJsonAsync<JsonElement>("/api/templates");
            Assert.True(list.EnumerateArray().Single(t => t.GetProperty("key").GetString() == "letter-receipt").GetProperty("customized").GetBoolean());
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync("/api/templates/letter-receipt")).StatusCode);
        }
    }

    [SkippableFact]
    public async Task A_reworded_notification_is_what_the_member_receives_next()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var admin = await app.AdminClientAsync();
        var form = new { subject = "ردنا على استفساركم {reference}", greeting = "أهلًا {memberName}،", body = "{answer}\nمع تحيات {societyName}", sms = "ردنا على {reference}: {answer}" };
        var english = new { subject = "Our answer {reference}", greeting = "", body = "{answer}", sms = "{answer}" };
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/templates/inquiry-answered", new { arabic = form, english })).StatusCode);
        try
        {
            var caseId = await OpenAsync(desk, "inquiry", new { question = "ما رسوم العضوية؟" });
            await desk.CompleteOkAsync(desk.Officer, caseId, "answer", "Answered", new { answer = "رسوم العضوية مئة ريال في السنة." });

            using var scope = app.Services.CreateScope();
            var message = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>()
                .SingleAsync(m => m.CaseId == caseId && m.TemplateKey == NotificationTemplateKeys.InquiryAnswered);
            // By SMS (the member has no email): the admin's SMS wording, with the reference kept left to right.
            Assert.Equal($"ردنا على \u200E{(await desk.GetCaseAsync(caseId)).GetProperty("reference").GetString()}\u200F: رسوم العضوية مئة ريال في السنة.", message.BodyText);
            Assert.StartsWith("ردنا على استفساركم", message.Subject, StringComparison.Ordinal);
        }
        finally
        {
            await admin.DeleteAsync("/api/templates/inquiry-answered");
        }
    }

    private static async Task<Guid> OpenAsync(CaseDesk desk, string serviceType, object data)
    {
        var response = await desk.Officer.PostAsJsonAsync("/api/cases", new
        {
            member = new { fullName = "سلمان عايد محمد الشراري", nationalId = CaseDesk.NewNationalId(), mobile = "0551234567", preferredChannel = "Sms" },
            serviceType,
            channel = "InPerson",
            data,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<List<JsonElement>> LettersAsync(CaseDesk desk, Guid caseId) =>
        [.. (await desk.Officer.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/letters")).EnumerateArray()];

    private static async Task<JsonElement> PrintableAsync(CaseDesk desk, Guid caseId, JsonElement letter) =>
        await desk.Officer.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/letters/{letter.GetProperty("id").GetGuid()}");
}

public sealed class SqliteServiceProceduresTests(SqliteCasesHost host) : ServiceProceduresTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresServiceProceduresTests(PostgresCasesHost host) : ServiceProceduresTests(host), IClassFixture<PostgresCasesHost>;
