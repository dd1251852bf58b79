using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Features.Portal.Account;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Portal;

/// <summary>Portal accounts: opened at the desk, signed up with a one-time code, pending approval, password reset.</summary>
public abstract class PortalAccountTests(CasesHost host)
{
    [SkippableFact]
    public async Task The_desk_opens_a_portal_account_and_the_member_signs_in_with_the_Member_role()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, email) = await PortalPeople.SignedInAsync(app, desk, member);

        var me = await (await client.GetAsync("/api/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Member"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var portalMe = await (await client.GetAsync("/api/portal/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Active", portalMe.GetProperty("status").GetString());
        Assert.Equal(member.Id, portalMe.GetProperty("memberId").GetGuid());

        var again = await DeskAccounts.OpenAsync(desk.Officer, member.Id, "other@test.local");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var other = await PortalPeople.NewMemberAsync(app);
        var sameEmail = await DeskAccounts.OpenAsync(desk.Officer, other.Id, email);
        Assert.Equal(HttpStatusCode.Conflict, sameEmail.StatusCode);
        var notAnEmail = await DeskAccounts.OpenAsync(desk.Officer, other.Id, "not an email");
        Assert.Equal(HttpStatusCode.BadRequest, notAnEmail.StatusCode);
        var nobody = await DeskAccounts.OpenAsync(desk.Officer, Guid.NewGuid(), $"{Guid.NewGuid():N}@test.local");
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
    }

    [SkippableFact]
    public async Task Sign_up_links_the_member_on_record_with_national_id_mobile_and_the_code_sent_by_sms()
    {
        var app = await host.GetAsync();
        var member = await PortalPeople.NewMemberAsync(app);
        using var anonymous = app.CreateClient();


        // The member types the mobile as people do: 5XXXXXXXX without the leading zero.
        var sent = await (await anonymous.PostAsJsonAsync("/api/portal/signup/link", new { nationalId = member.NationalId, mobile = member.Mobile[4..] }))
            .JsonAsync(HttpStatusCode.OK);
        var verificationId = sent.GetProperty("verificationId").GetGuid();
        var (code, message) = await PortalPeople.SentCodeAsync(app, verificationId);
        Assert.Equal(member.Mobile, message.Recipient);
        Assert.Matches(@"^\d{6}$", code);

        using (var scope = app.Services.CreateScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<PortalCode>().AsNoTracking().SingleAsync(c => c.Id == verificationId);
            Assert.DoesNotContain(code, stored.Hash, StringComparison.Ordinal);
            Assert.Equal(PortalCode.Lifetime, stored.ExpiresAt - stored.CreatedAt);
        }

        var email = $"linked-{Guid.NewGuid():N}@test.local";
        var wrong = await anonymous.PostAsJsonAsync("/api/portal/signup/link/confirm", new { verificationId, code = Other(code), email, password = PortalPeople.Password });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = PortalPeople.Password })).StatusCode);

        var linked = await (await anonymous.PostAsJsonAsync("/api/portal/signup/link/confirm", new { verificationId, code, email, password = PortalPeople.Password }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(member.Id, linked.GetProperty("memberId").GetGuid());
        using var client = await PortalPeople.ClientAsync(app, email, PortalPeople.Password);
        var me = await (await client.GetAsync("/api/portal/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(member.Id, me.GetProperty("memberId").GetGuid());

        var reused = await anonymous.PostAsJsonAsync("/api/portal/signup/link/confirm", new { verificationId, code, email = $"x{email}", password = PortalPeople.Password });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        // Linked already: the same answer as any other, and no code is sent.
        var linkedAgain = await (await anonymous.PostAsJsonAsync("/api/portal/signup/link", new { nationalId = member.NationalId, mobile = member.Mobile }))
            .JsonAsync(HttpStatusCode.OK);
        await Assert.ThrowsAsync<InvalidOperationException>(() => PortalPeople.SentCodeAsync(app, linkedAgain.GetProperty("verificationId").GetGuid()));
    }

    [SkippableFact]
    public async Task Five_wrong_codes_lock_the_code_and_even_the_right_one_is_then_refused()
    {
        var app = await host.GetAsync();
        var member = await PortalPeople.NewMemberAsync(app, email: $"m{Guid.NewGuid():N}@example.com", channel: Domain.Members.ContactChannel.Email);
        using var anonymous = app.CreateClient();
        var sent = await (await anonymous.PostAsJsonAsync("/api/portal/signup/link", new { nationalId = member.NationalId, mobile = member.Mobile }))
            .JsonAsync(HttpStatusCode.OK);
        var verificationId = sent.GetProperty("verificationId").GetGuid();
        var (code, message) = await PortalPeople.SentCodeAsync(app, verificationId);
        Assert.Equal(member.Email, message.Recipient);
        var email = $"locked-{Guid.NewGuid():N}@test.local";

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await anonymous.PostAsJsonAsync("/api/portal/signup/link/confirm", new { verificationId, code = Other(code), email, password = PortalPeople.Password });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        var fifth = await anonymous.PostAsJsonAsync("/api/portal/signup/link/confirm", new { verificationId, code = Other(code), email, password = PortalPeople.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        var right = await anonymous.PostAsJsonAsync("/api/portal/signup/link/confirm", new { verificationId, code, email, password = PortalPeople.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = PortalPeople.Password })).StatusCode);
    }

    [SkippableFact]
    public async Task A_code_older_than_ten_minutes_is_refused()
    {
        var app = await host.GetAsync();
        var member = await PortalPeople.NewMemberAsync(app);
        using var anonymous = app.CreateClient();
        var sent = await (await anonymous.PostAsJsonAsync("/api/portal/signup/link", new { nationalId = member.NationalId, mobile = member.Mobile }))
            .JsonAsync(HttpStatusCode.OK);
        var verificationId = sent.GetProperty("verificationId").GetGuid();
        var (code, _) = await PortalPeople.SentCodeAsync(app, verificationId);

        app.Clock.Advance(TimeSpan.FromMinutes(11));
        var late = await anonymous.PostAsJsonAsync("/api/portal/signup/link/confirm",
            new { verificationId, code, email = $"late-{Guid.NewGuid():N}@test.local", password = PortalPeople.Password });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
    }

    [SkippableFact]
    public async Task Someone_not_on_record_applies_sees_only_pending_until_staff_approve_and_link_a_new_member()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        using var anonymous = app.CreateClient();
        var email = $"new-{Guid.NewGuid():N}@test.local";
        var nationalId = CaseDesk.NewNationalId();
        var applied = await (await anonymous.PostAsJsonAsync("/api/portal/signup/apply", new
        {
            firstName = "نورة", fatherName = "سعد", grandfatherName = "فهد", familyName = "العنزي",
            nationalId, mobile = PortalPeople.NewMobile(), city = "دومة الجندل", email, password = PortalPeople.Password,
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("استلمنا طلب تسجيلك", applied.GetProperty("message").GetString(), StringComparison.Ordinal);

        using var client = await PortalPeople.ClientAsync(app, email, PortalPeople.Password);
        Assert.Equal("Pending", (await (await client.GetAsync("/api/portal/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/portal/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/portal/feedback")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/portal-registrations")).StatusCode);

        var pending = await (await desk.Officer.GetAsync("/api/portal-registrations")).JsonAsync(HttpStatusCode.OK);
        var registration = Assert.Single(pending.GetProperty("items").EnumerateArray(), r => r.GetProperty("nationalId").GetString() == nationalId);
        Assert.Equal("نورة سعد فهد العنزي", registration.GetProperty("fullName").GetString());
        var approved = await (await desk.Officer.PostAsync($"/api/portal-registrations/{registration.GetProperty("id").GetGuid()}/approve", null))
            .JsonAsync(HttpStatusCode.OK);
        var memberId = approved.GetProperty("memberId").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await desk.Officer.PostAsync($"/api/portal-registrations/{registration.GetProperty("id").GetGuid()}/approve", null)).StatusCode);

        var me = await (await client.GetAsync("/api/portal/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Active", me.GetProperty("status").GetString());
        Assert.Equal(memberId, me.GetProperty("memberId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/portal/requests")).StatusCode);

        // On record now: the same answer, and no second account.
        var again = $"again-{email}";
        var onRecord = await (await anonymous.PostAsJsonAsync("/api/portal/signup/apply", new
        {
            firstName = "نورة", fatherName = "سعد", grandfatherName = "فهد", familyName = "العنزي",
            nationalId, mobile = PortalPeople.NewMobile(), email = again, password = PortalPeople.Password,
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(applied.GetRawText(), onRecord.GetRawText());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email = again, password = PortalPeople.Password })).StatusCode);
    }

    [SkippableFact]
    public async Task A_member_resets_a_forgotten_password_with_a_one_time_code()
    {
        var app = await host.GetAsync();
        using var desk = await CaseDesk.OpenAsync(app);
        var member = await PortalPeople.NewMemberAsync(app);
        var (client, email) = await PortalPeople.SignedInAsync(app, desk, member);
        client.Dispose();
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsJsonAsync("/api/portal/password-reset", new { email = "nobody@test.local" })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsJsonAsync("/api/portal/password-reset", new { email })).StatusCode);
        var open = await PortalPeople.OpenCodeAsync(app, member.Id, PortalCodePurpose.PasswordReset);
        var (code, message) = await PortalPeople.SentCodeAsync(app, open.Id);
        Assert.Equal(member.Mobile, message.Recipient);

        const string newPassword = "Changed-pass-2026";
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/portal/password-reset/confirm", new { email, code = Other(code), newPassword })).StatusCode);
        await (await anonymous.PostAsJsonAsync("/api/portal/password-reset/confirm", new { email, code, newPassword })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = PortalPeople.Password })).StatusCode);
        using var again = await PortalPeople.ClientAsync(app, email, newPassword);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/portal/me")).StatusCode);
    }

    /// <summary>A six-digit code that is not <paramref name="code"/>.</summary>
    internal static string Other(string code) => code == "000000" ? "111111" : "000000";
}

public sealed class SqlitePortalAccountTests(SqliteCasesHost host) : PortalAccountTests(host), IClassFixture<SqliteCasesHost>;

public sealed class PostgresPortalAccountTests(PostgresCasesHost host) : PortalAccountTests(host), IClassFixture<PostgresCasesHost>;
