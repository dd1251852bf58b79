using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Outreach;

/// <summary>Documents with read receipts, answers to common questions, announcements to segments and reminders, through the API on a fake clock.</summary>
public abstract class OutreachTests(CasesHost host)
{
    [SkippableFact]
    public async Task A_new_version_circulated_to_a_role_shows_who_read_it_and_reminds_only_the_one_who_did_not_once()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var other = await CaseDesk.OpenAsync(app);

        var created = await (await desk.Officer.PostAsync("/api/documents", OutreachPeople.DocumentForm("اللائحة الأساسية", "bylaws", "members", "bylaws.pdf")))
            .JsonAsync(HttpStatusCode.Created);
        var documentId = created.GetProperty("id").GetGuid();
        Assert.Equal(1, Assert.Single(created.GetProperty("versions").EnumerateArray()).GetProperty("number").GetInt32());
        using (var form = new MultipartFormDataContent { { OutreachPeople.File("bylaws-2.pdf"), "file", "bylaws-2.pdf" }, { new StringContent("2026-12-15"), "effectiveOn" } })
        {
            var second = await (await desk.Officer.PostAsync($"/api/documents/{documentId}/versions", form)).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(2, second.GetProperty("versions")[0].GetProperty("number").GetInt32());
            Assert.Equal("2026-12-15", second.GetProperty("versions")[0].GetProperty("effectiveOn").GetString());
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsJsonAsync($"/api/documents/{documentId}/circulations", new { roles = new[] { "Member" } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsJsonAsync($"/api/documents/{documentId}/circulations", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsJsonAsync($"/api/documents/{documentId}/circulations", new { departments = new[] { Guid.NewGuid() } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Officer.PostAsJsonAsync($"/api/documents/{Guid.NewGuid()}/circulations", new { roles = new[] { "SocialResearcher" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Researcher.PostAsJsonAsync($"/api/documents/{documentId}/circulations", new { roles = new[] { "SocialResearcher" } })).StatusCode);

        var circulation = await (await desk.Officer.PostAsJsonAsync($"/api/documents/{documentId}/circulations",
            new { roles = new[] { "SocialResearcher" }, remindAfterDays = 3 })).JsonAsync(HttpStatusCode.Created);
        var circulationId = circulation.GetProperty("id").GetGuid();
        Assert.Equal(2, circulation.GetProperty("version").GetInt32());
        Assert.True(circulation.GetProperty("recipients").GetInt32() >= 2);
        Assert.Equal(0, circulation.GetProperty("read").GetInt32());

        var reader = desk.EmailOf("SocialResearcher");
        var laggard = other.EmailOf("SocialResearcher");
        Assert.Equal(2, await MessagesAsync(app, NotificationTemplateKeys.DocumentToAcknowledge, reader, laggard));

        var acknowledged = await (await desk.Researcher.PostAsync($"/api/documents/{documentId}/acknowledge", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, acknowledged.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Committee.PostAsync($"/api/documents/{documentId}/acknowledge", null)).StatusCode);

        var view = await (await desk.Officer.GetAsync($"/api/documents/{documentId}/circulations/{circulationId}?pageSize=200")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, view.GetProperty("read").GetInt32());
        var people = view.GetProperty("people").GetProperty("items").EnumerateArray().ToList();
        var readerId = await UserIdAsync(app, reader);
        var laggardId = await UserIdAsync(app, laggard);
        Assert.True(people.Single(p => p.GetProperty("userId").GetString() == readerId).GetProperty("read").GetBoolean());
        Assert.False(people.Single(p => p.GetProperty("userId").GetString() == laggardId).GetProperty("read").GetBoolean());
        var notRead = await (await desk.Officer.GetAsync($"/api/documents/{documentId}/circulations/{circulationId}?read=false&pageSize=200")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(notRead.GetProperty("people").GetProperty("items").EnumerateArray(), p => p.GetProperty("userId").GetString() == readerId);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Officer.GetAsync($"/api/documents/{documentId}/circulations/{Guid.NewGuid()}")).StatusCode);

        await OutreachPeople.RunDueWorkAsync(app);
        Assert.Equal(0, await MessagesAsync(app, NotificationTemplateKeys.DocumentReminder, reader, laggard));

        app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        await OutreachPeople.RunDueWorkAsync(app);
        await OutreachPeople.RunDueWorkAsync(app);
        Assert.Equal(1, await MessagesAsync(app, NotificationTemplateKeys.DocumentReminder, laggard));
        Assert.Equal(0, await MessagesAsync(app, NotificationTemplateKeys.DocumentReminder, reader));

        await desk.SignInAgainAsync();
        view = await (await desk.Officer.GetAsync($"/api/documents/{documentId}/circulations/{circulationId}?read=false&pageSize=200")).JsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(JsonValueKind.Null, view.GetProperty("people").GetProperty("items").EnumerateArray()
            .Single(p => p.GetProperty("userId").GetString() == laggardId).GetProperty("remindedAt").ValueKind);
    }

    [SkippableFact]
    public async Task Staff_see_every_document_and_members_only_theirs_with_the_one_to_acknowledge_marked()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var city = "مدينة-" + Guid.NewGuid().ToString("N")[..8];
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _c = client;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Set<Member>().SingleAsync(m => m.Id == member.Id)).ChangeCity(city);
            await db.SaveChangesAsync();
        }

        var guide = (await (await desk.Officer.PostAsync("/api/documents", OutreachPeople.DocumentForm("دليل سياسة الدعم للأعضاء", "support-policy", "members")))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var internalMemo = (await (await desk.Officer.PostAsync("/api/documents", OutreachPeople.DocumentForm("تعميم داخلي للموظفين", "circular", "staff")))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsync("/api/documents", OutreachPeople.DocumentForm("x", "novel", "members"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsync("/api/documents", OutreachPeople.DocumentForm("x", "form", "everyone"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await desk.Officer.PostAsJsonAsync("/api/documents", new { title = "x" })).StatusCode);

        var staffList = await (await desk.Researcher.GetAsync("/api/documents?pageSize=200")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(staffList.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetGuid() == internalMemo);

        await (await desk.Officer.PostAsJsonAsync($"/api/documents/{guide}/circulations", new { segment = new { city } })).JsonAsync(HttpStatusCode.Created);
        var portal = await (await client.GetAsync("/api/portal/documents?pageSize=200")).JsonAsync(HttpStatusCode.OK);
        var items = portal.GetProperty("items").EnumerateArray().ToList();
        Assert.DoesNotContain(items, d => d.GetProperty("id").GetGuid() == internalMemo);
        Assert.True(items.Single(d => d.GetProperty("id").GetGuid() == guide).GetProperty("toAcknowledge").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/portal/documents/{internalMemo}/file")).StatusCode);
        var file = await client.GetAsync($"/api/portal/documents/{guide}/file");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(OutreachPeople.Pdf, await file.Content.ReadAsByteArrayAsync());

        await (await client.PostAsync($"/api/documents/{guide}/acknowledge", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/documents/{internalMemo}/acknowledge", null)).StatusCode);
        portal = await (await client.GetAsync("/api/portal/documents?pageSize=200")).JsonAsync(HttpStatusCode.OK);
        Assert.False(portal.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == guide).GetProperty("toAcknowledge").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/documents")).StatusCode);
    }

    [SkippableFact]
    public async Task A_knowledge_search_finds_spelling_variants_counts_helpful_answers_and_lists_what_members_found_nothing_for()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _c = client;

        var article = await (await desk.Officer.PostAsJsonAsync("/api/knowledge", new
        {
            question = "من منسقة دورة تربية الملكات؟", answer = "تنسّق الدورة الأستاذة فاطمة، وتُعقد في مقر الجمعية بدومة الجندل مساء الأحد.",
            questionEn = "Who coordinates the queen-rearing course?", category = "التدريب",
        })).JsonAsync(HttpStatusCode.Created);
        var articleId = article.GetProperty("id").GetGuid();
        var draft = (await (await desk.Officer.PostAsJsonAsync("/api/knowledge", new
        {
            question = "مسودة: رسوم دورة الملكات", answer = "لم تُحدَّد بعد", category = "التدريب", isPublished = false,
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsJsonAsync("/api/knowledge", new { question = "", answer = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/knowledge", new { question = "س", answer = "ج" })).StatusCode);

        foreach (var variant in new[] { "فاطمه", "فاطمة", "الملكات  منسقه", "إستاذة فاطمه", "مقر الجمعيه" })
        {
            var found = await (await client.GetAsync($"/api/knowledge?q={Uri.EscapeDataString(variant)}")).JsonAsync(HttpStatusCode.OK);
            Assert.Contains(found.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == articleId);
        }

        var members = await (await client.GetAsync($"/api/knowledge?q={Uri.EscapeDataString("دورة الملكات")}")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(members.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == draft);
        var staff = await (await desk.Officer.GetAsync($"/api/knowledge?q={Uri.EscapeDataString("دوره الملكات")}")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(staff.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == draft);

        var rated = await (await client.PostAsJsonAsync($"/api/knowledge/{articleId}/helpful", new { helpful = true })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, rated.GetProperty("helpfulCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/knowledge/{draft}/helpful", new { helpful = true })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/knowledge/{articleId}/helpful", new { })).StatusCode);

        var nothing = await (await client.GetAsync($"/api/knowledge?q={Uri.EscapeDataString("شهادة تصدير العسل")}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, nothing.GetProperty("total").GetInt32());
        await client.GetAsync($"/api/knowledge?q={Uri.EscapeDataString("شهاده تصدير العسل")}");
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.GetAsync("/api/knowledge/misses")).StatusCode);
        var misses = await (await desk.Manager.GetAsync("/api/knowledge/misses")).JsonAsync(HttpStatusCode.OK);
        var miss = Assert.Single(misses.GetProperty("items").EnumerateArray(), m => m.GetProperty("normalizedQuery").GetString() == "شهاده تصدير العسل");
        Assert.Equal(2, miss.GetProperty("times").GetInt32());
        await (await desk.Manager.PostAsJsonAsync("/api/knowledge/misses/close", new { query = "شهادة تصدير العسل" })).JsonAsync(HttpStatusCode.OK);
        misses = await (await desk.Manager.GetAsync("/api/knowledge/misses")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(misses.GetProperty("items").EnumerateArray(), m => m.GetProperty("normalizedQuery").GetString() == "شهاده تصدير العسل");
    }

    [SkippableFact]
    public async Task An_announcement_reaches_only_consenting_members_of_the_segment_once_each_even_when_sent_twice()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var city = "قرية-" + Guid.NewGuid().ToString("N")[..8];
        var bySms = await OutreachPeople.MemberAsync(app, city, consent: true);
        var byEmail = await OutreachPeople.MemberAsync(app, city, consent: true, ContactChannel.Email, $"m-{Guid.NewGuid():N}@test.local");
        var refused = await OutreachPeople.MemberAsync(app, city, consent: false);
        // Consented at the desk, then withdrew it in the portal: the announcement skips them (#19).
        var withdrew = await OutreachPeople.MemberAsync(app, city, consent: true, change: m =>
            m.RecordConsent(ConsentKind.Contact, false, new ConsentEvidence(app.Clock.GetUtcNow(), ConsentMethod.Portal, "member", null)));
        Assert.False(withdrew.ConsentToContact);
        var elsewhere = await OutreachPeople.MemberAsync(app, city + "-أخرى", consent: true);
        var segment = new { city };
        var text = new string('ن', 71);

        var preview = await (await desk.Officer.PostAsJsonAsync("/api/announcements/preview", new { segment, text })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, preview.GetProperty("recipients").GetInt32());
        Assert.Equal(2, preview.GetProperty("withoutConsent").GetInt32());
        Assert.Equal(2, preview.GetProperty("sms").GetProperty("segments").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsJsonAsync("/api/announcements/preview", new { segment = new { roles = new[] { "Queen" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Officer.PostAsJsonAsync("/api/announcements", new { segment, text = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Researcher.PostAsJsonAsync("/api/announcements", new { segment, text = "x" })).StatusCode);

        var sent = await (await desk.Officer.PostAsJsonAsync("/api/announcements", new { segment, text = "يبدأ موسم قطف السدر الأسبوع القادم" }))
            .JsonAsync(HttpStatusCode.Created);
        var id = sent.GetProperty("id").GetGuid();
        Assert.Equal(2, sent.GetProperty("recipients").GetInt32());
        Assert.Equal(2, sent.GetProperty("queued").GetInt32());
        var again = await (await desk.Officer.PostAsync($"/api/announcements/{id}/send", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, again.GetProperty("queued").GetInt32());
        await OutreachPeople.RunDueWorkAsync(app);

        var messages = await AnnouncementMessagesAsync(app, id);
        Assert.Equal(2, messages.Count);
        Assert.Equal(NotificationChannel.Sms, messages.Single(m => m.DeduplicationKey.EndsWith(bySms.Id.ToString(), StringComparison.Ordinal)).Channel);
        Assert.Equal(NotificationChannel.Email, messages.Single(m => m.DeduplicationKey.EndsWith(byEmail.Id.ToString(), StringComparison.Ordinal)).Channel);
        Assert.Contains("يبدأ موسم قطف السدر", messages.Single(m => m.Channel == NotificationChannel.Sms).BodyText, StringComparison.Ordinal);

        var report = await (await desk.Officer.GetAsync($"/api/announcements/{id}")).JsonAsync(HttpStatusCode.OK);
        var deliveries = report.GetProperty("deliveries").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, deliveries.Count);
        Assert.DoesNotContain(deliveries, d => d.GetProperty("memberId").GetGuid() == refused.Id || d.GetProperty("memberId").GetGuid() == withdrew.Id
                                               || d.GetProperty("memberId").GetGuid() == elsewhere.Id);
        Assert.All(deliveries, d => Assert.Equal("Pending", d.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Officer.GetAsync($"/api/announcements/{Guid.NewGuid()}")).StatusCode);

        var later = await (await desk.Officer.PostAsJsonAsync("/api/announcements",
            new { segment, text = "اجتماع الجمعية العمومية يوم الخميس", scheduledAt = app.Clock.GetUtcNow().AddHours(2) })).JsonAsync(HttpStatusCode.Created);
        var laterId = later.GetProperty("id").GetGuid();
        Assert.Equal(2, later.GetProperty("recipients").GetInt32());
        Assert.Equal(0, later.GetProperty("queued").GetInt32());
        await OutreachPeople.RunDueWorkAsync(app);
        Assert.Empty(await AnnouncementMessagesAsync(app, laterId));
        app.Clock.Advance(TimeSpan.FromHours(3));
        await OutreachPeople.RunDueWorkAsync(app);
        await OutreachPeople.RunDueWorkAsync(app);
        Assert.Equal(2, (await AnnouncementMessagesAsync(app, laterId)).Count);

        await desk.SignInAgainAsync();
        var email = $"member-{Guid.NewGuid():N}@test.local";
        await Infrastructure.DeskAccounts.OpenAndActivateAsync(app, desk.Officer, bySms.Id, email, PortalPeople.Password);
        using var portal = await PortalPeople.ClientAsync(app, email, PortalPeople.Password);
        var received = await (await portal.GetAsync("/api/portal/announcements")).JsonAsync(HttpStatusCode.OK);
        var texts = received.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.Contains("يبدأ موسم قطف السدر الأسبوع القادم", texts);
        Assert.Contains("اجتماع الجمعية العمومية يوم الخميس", texts);
    }

    [SkippableFact]
    public async Task An_announcement_goes_only_on_a_channel_the_member_consents_to_and_skips_one_who_refused_every_channel_they_have()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var city = "قرية-" + Guid.NewGuid().ToString("N")[..8];
        var evidence = new ConsentEvidence(app.Clock.GetUtcNow(), ConsentMethod.Portal, "member", null);
        // Prefers SMS but refused it: the announcement goes by email instead.
        var emailInstead = await OutreachPeople.MemberAsync(app, city, consent: true, email: $"m-{Guid.NewGuid():N}@test.local",
            change: m => m.RecordConsent(ConsentKind.ContactBySms, false, evidence));
        // Refused SMS and has no email: nothing may reach them.
        var noChannel = await OutreachPeople.MemberAsync(app, city, consent: true, change: m => m.RecordConsent(ConsentKind.ContactBySms, false, evidence));
        // Never asked per channel: the consent to be contacted covers SMS.
        var notAsked = await OutreachPeople.MemberAsync(app, city, consent: true);

        var sent = await (await desk.Officer.PostAsJsonAsync("/api/announcements", new { segment = new { city }, text = "سوق العسل يوم الجمعة" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, sent.GetProperty("queued").GetInt32());
        var messages = await AnnouncementMessagesAsync(app, sent.GetProperty("id").GetGuid());
        Assert.Equal(NotificationChannel.Email, messages.Single(m => m.DeduplicationKey.EndsWith(emailInstead.Id.ToString(), StringComparison.Ordinal)).Channel);
        Assert.Equal(NotificationChannel.Sms, messages.Single(m => m.DeduplicationKey.EndsWith(notAsked.Id.ToString(), StringComparison.Ordinal)).Channel);
        Assert.DoesNotContain(messages, m => m.DeduplicationKey.EndsWith(noChannel.Id.ToString(), StringComparison.Ordinal));
        // A message about the member's own request still goes on the channel refused for announcements.
        Assert.True(noChannel.MayBeSent(MessagePurpose.OwnRequest, ContactChannel.Sms));
        Assert.False(noChannel.MayBeSent(MessagePurpose.Outreach, ContactChannel.Sms));
    }

    [SkippableFact]
    public async Task A_renewal_reminder_goes_once_when_the_date_comes_near_and_only_when_switched_on()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(3));
        var soon = await OutreachPeople.MemberAsync(app, "دومة الجندل", consent: true,
            change: m => m.AdmitToGeneralAssembly("R" + Random.Shared.Next(1_000_000, 9_999_999), 2, today.AddDays(20).AddYears(-3)));
        var far = await OutreachPeople.MemberAsync(app, "دومة الجندل", consent: true,
            change: m => m.AdmitToGeneralAssembly("R" + Random.Shared.Next(1_000_000, 9_999_999), 2, today.AddDays(60).AddYears(-1)));

        await (await admin.PutAsJsonAsync("/api/reminders/MembershipRenewal", new { enabled = false, days = 14 })).JsonAsync(HttpStatusCode.OK);
        await OutreachPeople.RunDueWorkAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(7));
        await OutreachPeople.RunDueWorkAsync(app);
        Assert.Equal(0, await RenewalRemindersAsync(app, soon.Id));

        using var admin2 = await app.AdminClientAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin2.PutAsJsonAsync("/api/reminders/MembershipRenewal", new { enabled = true, days = 0 })).StatusCode);
        var rule = await (await admin2.PutAsJsonAsync("/api/reminders/MembershipRenewal", new { enabled = true, days = 14 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(NotificationTemplateKeys.MembershipRenewalReminder, rule.GetProperty("templateKey").GetString());
        await OutreachPeople.RunDueWorkAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await OutreachPeople.RunDueWorkAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(5));
        await OutreachPeople.RunDueWorkAsync(app);

        Assert.Equal(1, await RenewalRemindersAsync(app, soon.Id));
        Assert.Equal(0, await RenewalRemindersAsync(app, far.Id));
    }

    [SkippableFact]
    public async Task A_volunteer_is_reminded_the_day_before_the_opportunity_once()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var admin = await app.AdminClientAsync();
        await (await admin.PutAsJsonAsync("/api/reminders/VolunteeringDayBefore", new { enabled = true, days = 1 })).JsonAsync(HttpStatusCode.OK);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(3));
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _c = client;
        var opportunity = (await (await desk.Officer.PostAsJsonAsync("/api/volunteering/opportunities", new
        {
            titleAr = "تنظيف المنحل التعليمي", titleEn = "Cleaning the teaching apiary", description = "تنظيف الصناديق", startsOn = today.AddDays(3).ToString("yyyy-MM-dd"), slots = 0,
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await client.PostAsync($"/api/portal/volunteering/opportunities/{opportunity}/signup", null)).JsonAsync(HttpStatusCode.OK);

        await OutreachPeople.RunDueWorkAsync(app);
        Assert.Equal(0, await KeyedAsync(app, $"reminder:volunteering:{opportunity}:{member.Id}"));
        app.Clock.Advance(TimeSpan.FromDays(2));
        await OutreachPeople.RunDueWorkAsync(app);
        app.Clock.Advance(TimeSpan.FromHours(6));
        await OutreachPeople.RunDueWorkAsync(app);
        Assert.Equal(1, await KeyedAsync(app, $"reminder:volunteering:{opportunity}:{member.Id}"));
    }

    private static async Task<int> MessagesAsync(CasesAppFactory app, string templateKey, params string[] emails)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var lowered = emails.Select(e => e.ToLowerInvariant()).ToList();
        return await db.Set<OutboxMessage>().CountAsync(m => m.TemplateKey == templateKey && lowered.Contains(m.Recipient.ToLower()));
    }

    private static async Task<string> UserIdAsync(CasesAppFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static async Task<List<OutboxMessage>> AnnouncementMessagesAsync(CasesAppFactory app, Guid announcementId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var prefix = $"announcement:{announcementId}:";
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.DeduplicationKey.StartsWith(prefix)).ToListAsync();
    }

    private static async Task<int> RenewalRemindersAsync(CasesAppFactory app, Guid memberId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var prefix = $"reminder:renewal:{memberId}:";
        return await db.Set<OutboxMessage>().CountAsync(m => m.DeduplicationKey.StartsWith(prefix) && m.TemplateKey == NotificationTemplateKeys.MembershipRenewalReminder);
    }

    private static async Task<int> KeyedAsync(CasesAppFactory app, string key)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().CountAsync(m => m.DeduplicationKey == key);
    }
}

public sealed class SqliteOutreachTests(SqliteCasesHost host) : OutreachTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresOutreachTests(PostgresCasesHost host) : OutreachTests(host), IClassFixture<PostgresCasesHost>;
