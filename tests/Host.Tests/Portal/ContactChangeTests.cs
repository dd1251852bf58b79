using System.Net;
using System.Net.Http.Json;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Portal.Account;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Portal;

/// <summary>The member keeps their own contact details right (#19): a new mobile or email takes effect only with the code sent to it; audited; the old address is told.</summary>
public abstract class ContactChangeTests(CasesHost host)
{
    [SkippableFact]
    public async Task A_new_mobile_takes_effect_only_with_the_code_sent_to_it_and_the_old_mobile_is_told()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _c = client;
        var newMobile = PortalPeople.NewMobile();

        var sent = await (await client.PostAsJsonAsync("/api/portal/contact-change", new { mobile = newMobile })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Sms", sent.GetProperty("channel").GetString());
        var code = await PortalPeople.OpenCodeAsync(app, member.Id, PortalCodePurpose.ContactChange);
        var (clear, message) = await PortalPeople.SentCodeAsync(app, code.Id);
        Assert.Equal("+966" + newMobile[1..], message.Recipient);

        var wrong = await (await client.PostAsJsonAsync("/api/portal/contact-change/confirm", new { code = clear == "000000" ? "111111" : "000000" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(wrong.GetProperty("errors").TryGetProperty("code", out _));
        Assert.Equal(member.Mobile, (await MemberAsync(app, member.Id)).Mobile);

        var changed = await (await client.PostAsJsonAsync("/api/portal/contact-change/confirm", new { code = clear })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("+966" + newMobile[1..], changed.GetProperty("mobile").GetString());
        Assert.Equal("+966" + newMobile[1..], (await MemberAsync(app, member.Id)).Mobile);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/portal/contact-change/confirm", new { code = clear })).StatusCode);

        var told = await MessagesAsync(app, NotificationTemplateKeys.ContactChanged, member.Mobile);
        var notice = Assert.Single(told);
        Assert.DoesNotContain(newMobile[1..], notice.BodyText, StringComparison.Ordinal);

        using var scope = app.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Features.Audit.AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == "Member" && a.EntityId == member.Id.ToString() && a.Action == Features.Audit.AuditAction.Updated).ToListAsync();
        Assert.Contains(audit, a => a.Details != null && a.Details.Contains("mobile", StringComparison.OrdinalIgnoreCase) && a.Details.Contains("portal", StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public async Task A_new_email_is_confirmed_by_the_code_sent_to_it_and_wrong_requests_are_refused_naming_the_field()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, _) = await PortalPeople.SignedInAsync(app, desk, member);
        using var _c = client;

        var none = await (await client.PostAsJsonAsync("/api/portal/contact-change", new { })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(none.GetProperty("errors").TryGetProperty("mobile", out _));
        var bad = await (await client.PostAsJsonAsync("/api/portal/contact-change", new { mobile = "0112345678" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("mobile", out _));
        var same = await (await client.PostAsJsonAsync("/api/portal/contact-change", new { mobile = member.Mobile })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(same.GetProperty("errors").TryGetProperty("mobile", out _));
        var badEmail = await (await client.PostAsJsonAsync("/api/portal/contact-change", new { email = "not-an-email" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(badEmail.GetProperty("errors").TryGetProperty("email", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/portal/contact-change/confirm", new { code = "123456" })).StatusCode);

        var email = $"new-{Guid.NewGuid():N}@example.com";
        var sent = await (await client.PostAsJsonAsync("/api/portal/contact-change", new { email })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Email", sent.GetProperty("channel").GetString());
        var code = await PortalPeople.OpenCodeAsync(app, member.Id, PortalCodePurpose.ContactChange);
        var (clear, message) = await PortalPeople.SentCodeAsync(app, code.Id);
        Assert.Equal(email, message.Recipient);
        Assert.Null((await MemberAsync(app, member.Id)).Email);

        var changed = await (await client.PostAsJsonAsync("/api/portal/contact-change/confirm", new { code = clear })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(email, changed.GetProperty("email").GetString());
        Assert.Equal(email, (await MemberAsync(app, member.Id)).Email);
        // No email before: the member is told on the mobile they have.
        Assert.Single(await MessagesAsync(app, NotificationTemplateKeys.ContactChanged, member.Mobile));
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Officer.PostAsJsonAsync("/api/portal/contact-change", new { email })).StatusCode);
    }

    private static async Task<Domain.Members.Member> MemberAsync(CasesAppFactory app, Guid id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Domain.Members.Member>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private static async Task<List<OutboxMessage>> MessagesAsync(CasesAppFactory app, string templateKey, string recipient)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.TemplateKey == templateKey && m.Recipient == recipient).ToListAsync();
    }
}

public sealed class SqliteContactChangeTests(SqliteCasesHost host) : ContactChangeTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresContactChangeTests(PostgresCasesHost host) : ContactChangeTests(host), IClassFixture<PostgresCasesHost>;
