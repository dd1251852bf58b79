using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Infrastructure;
using DomatAljandal.Host.Tests.Members;
using DomatAljandal.Host.Tests.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Privacy;

/// <summary>
/// Members' personal data under the Personal Data Protection Law: consent given, not assumed; the privacy notice; data-subject
/// requests on their 30-day clock with the export and the erasure; the breach register's 72-hour clock. SQLite and PostgreSQL.
/// </summary>
public abstract class PersonalDataTests(CasesHost host)
{
    [SkippableFact]
    public async Task A_member_registered_at_the_desk_has_no_consent_unless_given_and_a_given_one_records_who_and_how()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);

        var unticked = await (await desk.Officer.PostAsJsonAsync("/api/members",
            new MemberBuilder { ConsentToContact = false, ConsentToDataProcessing = false }.Body())).JsonAsync(HttpStatusCode.Created);
        Assert.False(unticked.GetProperty("consentToContact").GetBoolean());
        Assert.False(unticked.GetProperty("consentToDataProcessing").GetBoolean());
        Assert.Equal(JsonValueKind.Null, unticked.GetProperty("consentToContactAt").ValueKind);
        Assert.Empty(await ConsentHistoryAsync(app, unticked.GetProperty("id").GetGuid()));

        var given = await (await desk.Officer.PostAsJsonAsync("/api/members",
            new MemberBuilder { ConsentToContact = true, ConsentToDataProcessing = false }.Body())).JsonAsync(HttpStatusCode.Created);
        var history = await ConsentHistoryAsync(app, given.GetProperty("id").GetGuid());
        var record = Assert.Single(history);
        Assert.Equal((Domain.Members.ConsentKind.Contact, true, Domain.Members.ConsentMethod.Desk, desk.EmailOf("MemberRelationsOfficer")),
            (record.Kind, record.Given, record.Method, record.RecordedBy));
        Assert.False(given.GetProperty("consentToDataProcessing").GetBoolean());
    }

    [SkippableFact]
    public async Task A_member_created_by_opening_a_case_has_no_consent()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var opened = await desk.OpenCaseAsync();
        var member = await (await desk.Officer.GetAsync($"/api/members/{opened.GetProperty("memberId").GetGuid()}")).JsonAsync(HttpStatusCode.OK);
        Assert.False(member.GetProperty("consentToContact").GetBoolean());
        Assert.False(member.GetProperty("consentToDataProcessing").GetBoolean());
        Assert.Empty(await ConsentHistoryAsync(app, member.GetProperty("id").GetGuid()));
    }

    [SkippableFact]
    public async Task A_portal_sign_up_gives_no_consent_unless_ticked_and_a_ticked_one_is_recorded_as_given_in_the_portal()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var notice = await (await app.CreateClient().GetAsync("/api/privacy-notice")).JsonAsync(HttpStatusCode.OK);
        var version = notice.GetProperty("version").GetInt32();

        var silent = await ApplyAndApproveAsync(app, desk, consentToContact: null, consentToDataProcessing: null, version: null);
        Assert.False(silent.GetProperty("consentToContact").GetBoolean());
        Assert.False(silent.GetProperty("consentToDataProcessing").GetBoolean());
        Assert.Empty(await ConsentHistoryAsync(app, silent.GetProperty("id").GetGuid()));

        var ticked = await ApplyAndApproveAsync(app, desk, consentToContact: false, consentToDataProcessing: true, version);
        Assert.False(ticked.GetProperty("consentToContact").GetBoolean());
        Assert.True(ticked.GetProperty("consentToDataProcessing").GetBoolean());
        var record = Assert.Single(await ConsentHistoryAsync(app, ticked.GetProperty("id").GetGuid()));
        Assert.Equal((Domain.Members.ConsentKind.DataProcessing, Domain.Members.ConsentMethod.Portal, (int?)version), (record.Kind, record.Method, record.PrivacyNoticeVersion));
    }

    [SkippableFact]
    public async Task The_member_withdraws_and_gives_consent_in_the_portal_and_the_history_keeps_each_change()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, email) = await PortalPeople.SignedInAsync(app, desk, member);

        var before = await (await client.GetAsync("/api/portal/consents")).JsonAsync(HttpStatusCode.OK);
        Assert.True(before.GetProperty("consentToContact").GetBoolean());
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var withdrawn = await (await client.PutAsJsonAsync("/api/portal/consents", new { consentToContact = false })).JsonAsync(HttpStatusCode.OK);
        Assert.False(withdrawn.GetProperty("consentToContact").GetBoolean());
        Assert.True(withdrawn.GetProperty("consentToDataProcessing").GetBoolean());
        var latest = withdrawn.GetProperty("history")[0];
        Assert.Equal("Contact", latest.GetProperty("kind").GetString());
        Assert.False(latest.GetProperty("given").GetBoolean());
        Assert.Equal("Portal", latest.GetProperty("method").GetString());
        Assert.Equal(email, latest.GetProperty("recordedBy").GetString());
        Assert.Equal(withdrawn.GetProperty("privacyNoticeVersion").GetInt32(), latest.GetProperty("privacyNoticeVersion").GetInt32());
        Assert.Equal(app.Clock.GetUtcNow(), withdrawn.GetProperty("consentToContactAt").GetDateTimeOffset());

        // The staff record reads the same current flag (what announcements and reminders check).
        var staffView = await (await desk.Officer.GetAsync($"/api/members/{member.Id}")).JsonAsync(HttpStatusCode.OK);
        Assert.False(staffView.GetProperty("consentToContact").GetBoolean());

        var unknownVersion = await client.PutAsJsonAsync("/api/portal/consents", new { consentToContact = true, privacyNoticeVersion = 9999 });
        Assert.Equal(HttpStatusCode.BadRequest, unknownVersion.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync("/api/portal/consents")).StatusCode);
        client.Dispose();
    }

    [SkippableFact]
    public async Task A_desk_member_answers_each_channel_and_an_unanswered_one_is_left_to_the_consent_to_be_contacted()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);

        var emailOnly = await (await desk.Officer.PostAsJsonAsync("/api/members",
            new MemberBuilder { ConsentToContact = true, ConsentToSms = false, ConsentToEmail = true, Email = $"c-{Guid.NewGuid():N}@test.local" }.Body()))
            .JsonAsync(HttpStatusCode.Created);
        Assert.False(emailOnly.GetProperty("consentToSms").GetBoolean());
        Assert.True(emailOnly.GetProperty("consentToEmail").GetBoolean());
        var history = await ConsentHistoryAsync(app, emailOnly.GetProperty("id").GetGuid());
        var sms = Assert.Single(history, c => c.Kind == Domain.Members.ConsentKind.ContactBySms);
        Assert.Equal((false, Domain.Members.ConsentMethod.Desk, desk.EmailOf("MemberRelationsOfficer")), (sms.Given, sms.Method, sms.RecordedBy));
        Assert.Single(history, c => c.Kind == Domain.Members.ConsentKind.ContactByEmail && c.Given);

        var notAsked = await (await desk.Officer.PostAsJsonAsync("/api/members", new MemberBuilder { ConsentToContact = true }.Body())).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, notAsked.GetProperty("consentToSms").ValueKind);
        Assert.DoesNotContain(await ConsentHistoryAsync(app, notAsked.GetProperty("id").GetGuid()),
            c => c.Kind is Domain.Members.ConsentKind.ContactBySms or Domain.Members.ConsentKind.ContactByEmail);
    }

    [SkippableFact]
    public async Task The_member_refuses_sms_in_the_portal_and_keeps_email_and_the_history_records_the_channel()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, email) = await PortalPeople.SignedInAsync(app, desk, member);

        var before = await (await client.GetAsync("/api/portal/consents")).JsonAsync(HttpStatusCode.OK);
        Assert.True(before.GetProperty("consentToSms").GetBoolean());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("consentToSmsAt").ValueKind);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var changed = await (await client.PutAsJsonAsync("/api/portal/consents", new { consentToSms = false })).JsonAsync(HttpStatusCode.OK);
        Assert.False(changed.GetProperty("consentToSms").GetBoolean());
        Assert.True(changed.GetProperty("consentToEmail").GetBoolean());
        Assert.True(changed.GetProperty("consentToContact").GetBoolean());
        Assert.Equal(app.Clock.GetUtcNow(), changed.GetProperty("consentToSmsAt").GetDateTimeOffset());
        var latest = changed.GetProperty("history")[0];
        Assert.Equal(("ContactBySms", false, "Portal", email), (latest.GetProperty("kind").GetString(), latest.GetProperty("given").GetBoolean(),
            latest.GetProperty("method").GetString(), latest.GetProperty("recordedBy").GetString()));
        Assert.Equal(changed.GetProperty("privacyNoticeVersion").GetInt32(), latest.GetProperty("privacyNoticeVersion").GetInt32());

        var staffView = await (await desk.Officer.GetAsync($"/api/members/{member.Id}")).JsonAsync(HttpStatusCode.OK);
        Assert.False(staffView.GetProperty("consentToSms").GetBoolean());
        Assert.Equal(JsonValueKind.Null, staffView.GetProperty("consentToEmail").ValueKind);
        client.Dispose();
    }

    [SkippableFact]
    public async Task The_privacy_notice_is_public_and_admins_publish_new_versions()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var anonymous = app.CreateClient();
        var first = await (await anonymous.GetAsync("/api/privacy-notice")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("البيانات", first.GetProperty("textAr").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Manager.PostAsJsonAsync("/api/privacy-notice", new { textAr = "نص", textEn = "Text" })).StatusCode);
        using var admin = await app.AdminClientAsync();
        var missing = await (await admin.PostAsJsonAsync("/api/privacy-notice", new { textAr = "نص جديد" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("textEn", out _));
        var published = await (await admin.PostAsJsonAsync("/api/privacy-notice", new { textAr = "إشعار الخصوصية المحدّث", textEn = "The updated notice" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.True(published.GetProperty("version").GetInt32() > first.GetProperty("version").GetInt32());
        var current = await (await anonymous.GetAsync("/api/privacy-notice")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(published.GetProperty("version").GetInt32(), current.GetProperty("version").GetInt32());
        Assert.Equal("The updated notice", current.GetProperty("textEn").GetString());
    }

    [SkippableFact]
    public async Task An_access_export_holds_the_members_case_letter_and_interaction_and_nothing_of_another_member()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var (caseId, memberId, reference) = await CaseWithLetterAsync(desk);
        var letter = await (await desk.Officer.PostAsJsonAsync($"/api/cases/{caseId}/letters", new { kind = "Receipt" })).JsonAsync(HttpStatusCode.Created);
        (await desk.Officer.PostAsJsonAsync($"/api/members/{memberId}/interactions", new { channel = "Phone", direction = "In", subject = "سأل عن موعد اللجنة" })).EnsureSuccessStatusCode();

        var (otherCase, otherMember, otherReference) = await CaseWithLetterAsync(desk);
        (await desk.Officer.PostAsJsonAsync($"/api/members/{otherMember}/interactions", new { channel = "Phone", direction = "In", subject = "استفسار عضو آخر" })).EnsureSuccessStatusCode();

        var request = await (await desk.Officer.PostAsJsonAsync($"/api/members/{memberId}/data-requests", new { kind = "Access", channel = "Desk" })).JsonAsync(HttpStatusCode.Created);
        var requestId = request.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync($"/api/data-requests/{requestId}/export")).StatusCode);
        var response = await desk.Manager.GetAsync($"/api/data-requests/{requestId}/export");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = JsonDocument.Parse(text).RootElement;

        Assert.Equal(memberId, export.GetProperty("profile").GetProperty("id").GetGuid());
        var exportedCase = Assert.Single(export.GetProperty("cases").EnumerateArray());
        Assert.Equal(reference, exportedCase.GetProperty("reference").GetString());
        Assert.Contains(exportedCase.GetProperty("letters").EnumerateArray(), l => l.GetProperty("reference").GetString() == letter.GetProperty("reference").GetString());
        Assert.Contains(export.GetProperty("interactions").EnumerateArray(), i => i.GetProperty("subject").GetString() == "سأل عن موعد اللجنة");
        Assert.NotEmpty(export.GetProperty("accessedBy").EnumerateArray());
        Assert.DoesNotContain(otherReference, text, StringComparison.Ordinal);
        Assert.DoesNotContain(otherMember.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(otherCase.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("استفسار عضو آخر", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Manager.GetAsync($"/api/data-requests/{Guid.NewGuid()}/export")).StatusCode);
    }

    [SkippableFact]
    public async Task An_erasure_removes_the_name_national_id_and_mobile_from_every_table_and_the_anonymized_case_stays_in_the_reports()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await UniqueMemberAsync(app);
        var (client, portalEmail) = await PortalPeople.SignedInAsync(app, desk, member);
        var submitted = await (await client.PostAsJsonAsync("/api/portal/requests", new
        {
            serviceType = "support-request",
            data = new { supportKind = "خلايا نحل", hiveCount = 12, justification = $"أنا {member.FullName} رقم هويتي {member.NationalId} وجوالي {member.Mobile}" },
        })).JsonAsync(HttpStatusCode.Created);
        var caseId = submitted.GetProperty("id").GetGuid();
        foreach (var name in new[] { "هوية.pdf", "صك.pdf" })
        {
            (await desk.Officer.PostAsync($"/api/cases/{caseId}/attachments", Files.Upload(Files.Pdf, name, "application/pdf", "nationalIdCopy"))).EnsureSuccessStatusCode();
        }

        var files = await AttachmentFilesAsync(app, caseId);
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.True(File.Exists(f), $"{f} was not stored"));
        (await desk.Officer.PostAsJsonAsync($"/api/members/{member.Id}/interactions", new { channel = "Phone", direction = "In", subject = "اتصل يسأل" })).EnsureSuccessStatusCode();
        (await desk.Officer.GetAsync($"/api/members/{member.Id}")).EnsureSuccessStatusCode();
        var local = "0" + member.Mobile[4..];
        Assert.NotEmpty(await TablesHoldingAsync(app, member.NationalId));

        var request = await (await client.PostAsJsonAsync("/api/portal/data-requests", new { kind = "Erasure", details = "أرجو حذف بياناتي" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Portal", request.GetProperty("channel").GetString());
        var done = await (await desk.Manager.PostAsJsonAsync($"/api/data-requests/{request.GetProperty("id").GetGuid()}/complete", new { outcome = "تم الإتلاف" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.Contains("Anonymized and kept until", done.GetProperty("outcome").GetString(), StringComparison.Ordinal);
        Assert.Contains("Deleted: interactions", done.GetProperty("outcome").GetString(), StringComparison.Ordinal);
        Assert.Contains("Deleted: case attachments", done.GetProperty("outcome").GetString(), StringComparison.Ordinal);
        Assert.Contains("Attachment files deleted from storage: 2", done.GetProperty("outcome").GetString(), StringComparison.Ordinal);
        Assert.All(files, f => Assert.False(File.Exists(f), $"{f} is still on disk"));
        Assert.Empty(await AttachmentFilesAsync(app, caseId));
        Assert.Empty((await desk.GetCaseAsync(caseId, desk.Manager)).GetProperty("attachments").EnumerateArray());

        foreach (var value in new[] { member.FullName, member.NationalId, member.Mobile, member.Mobile[1..], local, member.Email! })
        {
            var escaped = JsonSerializer.Serialize(value, JsonSerializerOptions.Web)[1..^1];
            foreach (var form in new[] { value, escaped })
            {
                var holding = await TablesHoldingAsync(app, form);
                Assert.True(holding.Count == 0, $"{form} is still in {string.Join(", ", holding)}");
            }
        }

        // The case stays, anonymized, and still counts in the case list and reports.
        var list = await (await desk.Manager.GetAsync($"/api/cases?memberId={member.Id}")).JsonAsync(HttpStatusCode.OK);
        var kept = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(caseId, kept.GetProperty("id").GetGuid());
        Assert.DoesNotContain(member.FullName.Split(' ')[^1], kept.GetProperty("memberName").GetString(), StringComparison.Ordinal);
        var record = await (await desk.Manager.GetAsync($"/api/members/{member.Id}")).JsonAsync(HttpStatusCode.OK);
        Assert.False(record.GetProperty("consentToContact").GetBoolean());
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email = portalEmail, password = PortalPeople.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await desk.Officer.PostAsJsonAsync($"/api/members/{member.Id}/data-requests", new { kind = "Access" })).StatusCode);
        client.Dispose();
    }

    [SkippableFact]
    public async Task A_data_request_is_due_in_30_days_and_one_extension_moves_it_30_more()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var openedAt = app.Clock.GetUtcNow();
        var opened = await (await desk.Officer.PostAsJsonAsync($"/api/members/{member.Id}/data-requests", new { kind = "Correction", details = "اسم الجد خطأ", channel = "Letter" }))
            .JsonAsync(HttpStatusCode.Created);
        var id = opened.GetProperty("id").GetGuid();
        Assert.Equal(openedAt.AddDays(30), opened.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(30, opened.GetProperty("daysLeft").GetInt32());

        var badKind = await (await desk.Officer.PostAsJsonAsync($"/api/members/{member.Id}/data-requests", new { kind = "Delete" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(badKind.GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Officer.PostAsJsonAsync($"/api/members/{Guid.NewGuid()}/data-requests", new { kind = "Access" })).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(20));
        await desk.SignInAgainAsync();
        var noReason = await (await desk.Manager.PostAsJsonAsync($"/api/data-requests/{id}/extend", new { reason = " " })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        var extended = await (await desk.Manager.PostAsJsonAsync($"/api/data-requests/{id}/extend", new { reason = "ننتظر صورة الهوية من الأحوال المدنية" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(openedAt.AddDays(60), extended.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(40, extended.GetProperty("daysLeft").GetInt32());
        Assert.Equal("Extended", extended.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Manager.PostAsJsonAsync($"/api/data-requests/{id}/extend", new { reason = "مرة أخرى" })).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(41));
        await desk.SignInAgainAsync();
        var list = await (await desk.Manager.GetAsync("/api/data-requests?pageSize=200")).JsonAsync(HttpStatusCode.OK);
        var row = Assert.Single(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(-1, row.GetProperty("daysLeft").GetInt32());
        Assert.True(row.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync("/api/data-requests")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Manager.GetAsync("/api/data-requests?pageSize=0")).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Manager.PostAsJsonAsync($"/api/data-requests/{id}/complete", new { outcome = "" })).StatusCode);
        var completed = await (await desk.Manager.PostAsJsonAsync($"/api/data-requests/{id}/complete", new { outcome = "صُحح اسم الجد" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Completed", completed.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await desk.Manager.PostAsJsonAsync($"/api/data-requests/{id}/complete", new { outcome = "مرة أخرى" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Manager.PostAsJsonAsync($"/api/data-requests/{Guid.NewGuid()}/extend", new { reason = "x" })).StatusCode);
    }

    [SkippableFact]
    public async Task A_breach_starts_a_72_hour_clock_for_the_notice_to_the_authority()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var discoveredAt = app.Clock.GetUtcNow().AddHours(-10);
        var recorded = await (await desk.Manager.PostAsJsonAsync("/api/breaches", new
        {
            description = "أُرسل كشف أسماء المستفيدين بالبريد إلى عنوان خاطئ",
            discoveredAt,
            affectedMemberIds = new[] { member.Id },
            actionsTaken = "طُلب من المستلم حذفه",
        })).JsonAsync(HttpStatusCode.Created);
        var id = recorded.GetProperty("id").GetGuid();
        Assert.Equal(discoveredAt.AddHours(72), recorded.GetProperty("noticeDueAt").GetDateTimeOffset());
        Assert.Equal(62, recorded.GetProperty("hoursLeft").GetDouble());
        Assert.False(recorded.GetProperty("isNoticeOverdue").GetBoolean());

        app.Clock.Advance(TimeSpan.FromHours(63));
        await desk.SignInAgainAsync();
        var late = Assert.Single((await (await desk.Manager.GetAsync("/api/breaches?pageSize=200")).JsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray(), b => b.GetProperty("id").GetGuid() == id);
        Assert.Equal(-1, late.GetProperty("hoursLeft").GetDouble());
        Assert.True(late.GetProperty("isNoticeOverdue").GetBoolean());
        Assert.Equal([member.Id], late.GetProperty("affectedMemberIds").EnumerateArray().Select(m => m.GetGuid()));

        var notified = await (await desk.Manager.PutAsJsonAsync($"/api/breaches/{id}", new { authorityNotifiedAt = app.Clock.GetUtcNow() })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(app.Clock.GetUtcNow(), notified.GetProperty("authorityNotifiedAt").GetDateTimeOffset());

        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Manager.PostAsJsonAsync("/api/breaches", new { description = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Manager.PostAsJsonAsync("/api/breaches", new { description = "x", affectedMemberIds = new[] { Guid.NewGuid() } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Manager.PostAsJsonAsync("/api/breaches", new { description = "x", discoveredAt = app.Clock.GetUtcNow().AddDays(1) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Committee.GetAsync("/api/breaches")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Manager.PutAsJsonAsync($"/api/breaches/{Guid.NewGuid()}", new { actionsTaken = "x" })).StatusCode);
    }

    [SkippableFact]
    public async Task A_committee_member_sees_a_masked_national_id_until_opening_it_with_a_reason_and_searches_are_audited()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await UniqueMemberAsync(app);

        var masked = await (await desk.Committee.GetAsync($"/api/members/{member.Id}")).JsonAsync(HttpStatusCode.OK);
        Assert.True(masked.GetProperty("identifiersMasked").GetBoolean());
        var shownId = masked.GetProperty("nationalId").GetString()!;
        Assert.NotEqual(member.NationalId, shownId);
        Assert.Equal($"{member.NationalId[0]}••••••{member.NationalId[^3..]}", shownId);
        Assert.DoesNotContain(member.Mobile, masked.ToString(), StringComparison.Ordinal);
        var researcher = await (await desk.Researcher.GetAsync($"/api/members/{member.Id}")).JsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(member.NationalId, researcher.GetProperty("nationalId").GetString());
        var full = await (await desk.Officer.GetAsync($"/api/members/{member.Id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(member.NationalId, full.GetProperty("nationalId").GetString());
        Assert.False(full.GetProperty("identifiersMasked").GetBoolean());

        var noReason = await (await desk.Committee.PostAsJsonAsync($"/api/members/{member.Id}/identifiers", new { reason = "" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        var opened = await (await desk.Committee.PostAsJsonAsync($"/api/members/{member.Id}/identifiers", new { reason = "مطابقة الهوية مع صك الإعالة" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(member.NationalId, opened.GetProperty("nationalId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Committee.PostAsJsonAsync($"/api/members/{Guid.NewGuid()}/identifiers", new { reason = "x" })).StatusCode);

        var hits = await (await desk.Committee.GetAsync($"/api/members?q={Uri.EscapeDataString(member.FullName.Split(' ')[^1])}")).JsonAsync(HttpStatusCode.OK);
        var hit = Assert.Single(hits.GetProperty("items").EnumerateArray());
        Assert.NotEqual(member.NationalId, hit.GetProperty("nationalId").GetString());

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var committee = desk.EmailOf("CommitteeMember");
        var entries = await db.Set<Features.Audit.AuditEntry>().AsNoTracking().Where(a => a.Actor == committee).ToListAsync();
        Assert.Contains(entries, e => e.EntityType == "Member" && e.EntityId == member.Id.ToString() && e.Details != null && e.Details.Contains("reason", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EntityType == "MemberSearch" && e.Details != null && e.Details.Contains(member.Id.ToString(), StringComparison.OrdinalIgnoreCase));

        var recent = await (await desk.Officer.GetAsync($"/api/members/{member.Id}/recent-access")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(recent.EnumerateArray(), a => a.GetProperty("actor").GetString() == committee);
    }

    [SkippableFact]
    public async Task Committee_members_and_researchers_see_identifiers_masked_inside_a_case_and_the_inbox_until_opened_with_a_reason()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var sonId = CaseDesk.NewNationalId();
        var sonMobile = PortalPeople.NewMobile();
        var justification = $"الخلايا باسم ابني، هويته {sonId}، وجواله {sonMobile}";
        var response = await desk.Officer.PostAsJsonAsync("/api/cases", new
        {
            member = new { fullName = "فهد عبدالله محمد الرويلي", nationalId = CaseDesk.NewNationalId(), mobile = "0501234567", preferredChannel = "Sms" },
            serviceType = "support-request",
            channel = "InPerson",
            data = new { supportKind = "خلايا نحل", hiveCount = 40, justification },
        });
        var caseId = (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await desk.CompleteOkAsync(desk.Officer, caseId, "receive", "Received");
        await desk.VerifyCompleteAsync(caseId);
        await desk.SignDeclarationOnPaperAsync(caseId);
        await desk.TaskAsync(caseId, "committee");
        var full = await desk.GetCaseAsync(caseId);
        var nationalId = full.GetProperty("member").GetProperty("nationalId").GetString()!;
        Assert.False(full.GetProperty("identifiersMasked").GetBoolean());
        Assert.Equal(justification, full.GetProperty("submittedData").GetProperty("justification").GetString());
        Assert.Equal(nationalId, full.GetProperty("member").GetProperty("nationalId").GetString());

        foreach (var viewer in new[] { desk.Committee, desk.Researcher })
        {
            var masked = await desk.GetCaseAsync(caseId, viewer);
            Assert.True(masked.GetProperty("identifiersMasked").GetBoolean());
            Assert.Equal($"{nationalId[0]}••••••{nationalId[^3..]}", masked.GetProperty("member").GetProperty("nationalId").GetString());
            Assert.Equal($"الخلايا باسم ابني، هويته {sonId[0]}••••••{sonId[^3..]}، وجواله 05•••••{sonMobile[^3..]}",
                masked.GetProperty("submittedData").GetProperty("justification").GetString());
            Assert.Equal("40", masked.GetProperty("submittedData").GetProperty("hiveCount").GetString());
            var text = masked.ToString();
            foreach (var identifier in new[] { nationalId, sonId, sonMobile, "0501234567", "+966501234567" })
            {
                Assert.DoesNotContain(identifier, text, StringComparison.Ordinal);
            }
        }

        var inbox = await (await desk.Committee.GetAsync("/api/inbox?pageSize=200")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("caseId").GetGuid() == caseId);
        var cases = await (await desk.Researcher.GetAsync($"/api/cases?memberId={full.GetProperty("member").GetProperty("id").GetGuid()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(cases.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == caseId);
        foreach (var list in new[] { inbox.ToString(), cases.ToString() })
        {
            Assert.DoesNotContain(nationalId, list, StringComparison.Ordinal);
            Assert.DoesNotContain("501234567", list, StringComparison.Ordinal);
        }

        var noReason = await (await desk.Committee.PostAsJsonAsync($"/api/cases/{caseId}/identifiers", new { reason = " " })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Committee.PostAsJsonAsync($"/api/cases/{Guid.NewGuid()}/identifiers", new { reason = "x" })).StatusCode);
        var opened = await (await desk.Committee.PostAsJsonAsync($"/api/cases/{caseId}/identifiers", new { reason = "التحقق من ملكية الخلايا" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(nationalId, opened.GetProperty("nationalId").GetString());
        Assert.Equal("+966501234567", opened.GetProperty("mobile").GetString());
        Assert.Equal(justification, opened.GetProperty("submittedData").GetProperty("justification").GetString());
        Assert.False(opened.GetProperty("submittedData").TryGetProperty("hiveCount", out _));

        using var check = app.Services.CreateScope();
        var entries = await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<Features.Audit.AuditEntry>().AsNoTracking()
            .Where(a => a.Actor == desk.EmailOf("CommitteeMember") && a.EntityType == "Member" && a.EntityId == full.GetProperty("member").GetProperty("id").GetGuid().ToString())
            .ToListAsync();
        Assert.Contains(entries, e => e.Details != null && e.Details.Contains("\"reason\"", StringComparison.Ordinal)
                                      && e.Details.Contains(caseId.ToString(), StringComparison.OrdinalIgnoreCase) && e.Details.Contains("data.justification", StringComparison.Ordinal));
    }

    /// <summary>The files on disk behind a case's attachment rows.</summary>
    private static async Task<List<string>> AttachmentFilesAsync(CasesAppFactory app, Guid caseId)
    {
        using var scope = app.Services.CreateScope();
        var folder = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Features.Cases.CaseOptions>>().Value.AttachmentsFolder!;
        var serviceCase = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Domain.Cases.ServiceCase>().AsNoTracking().FirstAsync(c => c.Id == caseId);
        return [.. serviceCase.Attachments.Select(a => Path.Combine(folder, a.StorageKey.Replace('/', Path.DirectorySeparatorChar)))];
    }

    /// <summary>A member whose name, ID, mobile and email no other test has, so the database can be searched for them.</summary>
    private static async Task<TestMember> UniqueMemberAsync(CasesAppFactory app)
    {
        var member = Domain.Members.Member.Register(new Domain.Members.MemberRegistration
        {
            FirstName = "هند", FatherName = "خالد", GrandfatherName = "ناصر", FamilyName = MemberBuilder.UniqueFamilyName(),
            NationalId = CaseDesk.NewNationalId(), Mobile = PortalPeople.NewMobile(), Email = $"erase-{Guid.NewGuid():N}@example.com",
            ConsentToContact = true, ConsentToDataProcessing = true, ConsentRecordedBy = "officer@test.local",
        }, app.Clock.GetUtcNow());
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(member);
        await db.SaveChangesAsync();
        return new TestMember(member.Id, member.NationalId, member.Mobile, member.Email, member.FullName);
    }

    private static async Task<(Guid CaseId, Guid MemberId, string Reference)> CaseWithLetterAsync(CaseDesk desk)
    {
        var opened = await desk.OpenCaseAsync();
        return (opened.GetProperty("id").GetGuid(), opened.GetProperty("memberId").GetGuid(), opened.GetProperty("reference").GetString()!);
    }

    private static async Task<JsonElement> ApplyAndApproveAsync(CasesAppFactory app, CaseDesk desk, bool? consentToContact, bool? consentToDataProcessing, int? version)
    {
        using var anonymous = app.CreateClient();
        var nationalId = CaseDesk.NewNationalId();
        var body = new Dictionary<string, object?>
        {
            ["firstName"] = "نورة", ["fatherName"] = "سعد", ["grandfatherName"] = "فهد", ["familyName"] = "العنزي",
            ["nationalId"] = nationalId, ["mobile"] = PortalPeople.NewMobile(), ["email"] = $"apply-{Guid.NewGuid():N}@test.local", ["password"] = PortalPeople.Password,
        };
        if (consentToContact is { } contact)
        {
            body["consentToContact"] = contact;
        }

        if (consentToDataProcessing is { } processing)
        {
            body["consentToDataProcessing"] = processing;
        }

        if (version is { } v)
        {
            body["privacyNoticeVersion"] = v;
        }

        await (await anonymous.PostAsJsonAsync("/api/portal/signup/apply", body)).JsonAsync(HttpStatusCode.OK);
        var pending = await (await desk.Officer.GetAsync("/api/portal-registrations?pageSize=200")).JsonAsync(HttpStatusCode.OK);
        var registration = Assert.Single(pending.GetProperty("items").EnumerateArray(), r => r.GetProperty("nationalId").GetString() == nationalId);
        var approved = await (await desk.Officer.PostAsync($"/api/portal-registrations/{registration.GetProperty("id").GetGuid()}/approve", null)).JsonAsync(HttpStatusCode.OK);
        return await (await desk.Officer.GetAsync($"/api/members/{approved.GetProperty("memberId").GetGuid()}")).JsonAsync(HttpStatusCode.OK);
    }

    private static async Task<IReadOnlyList<Domain.Members.ConsentRecord>> ConsentHistoryAsync(DomatAppFactory app, Guid memberId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var member = await db.Set<Domain.Members.Member>().AsNoTracking().SingleAsync(m => m.Id == memberId);
        return member.ConsentHistory;
    }

    /// <summary>Every table and text column of the database (read from the database's own catalog, not the EF model) that holds <paramref name="value"/>.</summary>
    private static async Task<List<string>> TablesHoldingAsync(DomatAppFactory app, string value)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var columns = new List<(string Table, string Column)>();
        var isSqlite = db.Database.IsSqlite();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = isSqlite
                ? "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND (p.type LIKE '%TEXT%' OR p.type = '')"
                : "SELECT table_schema || '\".\"' || table_name, column_name FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND data_type IN ('text', 'character varying', 'jsonb', 'json')";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        Assert.Contains(columns, c => c.Table.EndsWith("members", StringComparison.Ordinal));
        var holding = new List<string>();
        foreach (var (table, column) in columns)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = isSqlite
                ? $"SELECT COUNT(*) FROM \"{table}\" WHERE instr(\"{column}\", @v) > 0"
                : $"SELECT COUNT(*) FROM \"{table}\" WHERE strpos(\"{column}\"::text, @v) > 0";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "v";
            parameter.Value = value;
            command.Parameters.Add(parameter);
            if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                holding.Add($"{table}.{column}");
            }
        }

        return holding;
    }
}

public sealed class SqlitePersonalDataTests(SqliteCasesHost host) : PersonalDataTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresPersonalDataTests(PostgresCasesHost host) : PersonalDataTests(host), IClassFixture<PostgresCasesHost>;
