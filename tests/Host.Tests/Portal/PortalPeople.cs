using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Portal.Account;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Cases;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Portal;

/// <summary>A member on record, and when they have one, their portal account.</summary>
public sealed record TestMember(Guid Id, string NationalId, string Mobile, string? Email, string FullName);

/// <summary>Members for portal tests: registered in the database, given a portal account by the desk, signed in over the API.</summary>
public static partial class PortalPeople
{
    public const string Password = "Member-pass-2026";
    private static int _nextMobile = 50_000_000;

    public static string NewMobile() => "05" + Interlocked.Increment(ref _nextMobile).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<TestMember> NewMemberAsync(CasesAppFactory app, string? email = null, ContactChannel channel = ContactChannel.Sms)
    {
        var member = Member.Register(new MemberRegistration
        {
            FirstName = "سارة",
            FatherName = "عبدالله",
            GrandfatherName = "محمد",
            FamilyName = "الشمري",
            NationalId = CaseDesk.NewNationalId(),
            Mobile = NewMobile(),
            Email = email,
            PreferredChannel = channel,
            PreferredLanguage = "ar",
            ConsentToContact = true,
            ConsentToDataProcessing = true,
        }, app.Clock.GetUtcNow());
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(member);
        await db.SaveChangesAsync();
        return new TestMember(member.Id, member.NationalId, member.Mobile, member.Email, member.FullName);
    }

    /// <summary>The desk opens the member's portal account and the member activates it; returns a client signed in with it (bearer) and the email.</summary>
    public static async Task<(HttpClient Client, string Email)> SignedInAsync(CasesAppFactory app, CaseDesk desk, TestMember member)
    {
        var email = $"member-{Guid.NewGuid():N}@test.local";
        await DeskAccounts.OpenAndActivateAsync(app, desk.Officer, member.Id, email, Password);
        return (await ClientAsync(app, email, Password), email);
    }

    public static async Task<HttpClient> ClientAsync(CasesAppFactory app, string email, string password)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.LoginAsync(email, password));
        return client;
    }

    /// <summary>The code as the member received it: read from the outbox message queued for that code.</summary>
    public static async Task<(string Code, OutboxMessage Message)> SentCodeAsync(CasesAppFactory app, Guid codeId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var message = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.DeduplicationKey == $"portal-code:{codeId}");
        Assert.Equal(NotificationTemplateKeys.PortalCode, message.TemplateKey);
        return (SixDigits().Match(message.BodyText).Value, message);
    }

    /// <summary>The member's open code for a purpose (older ones are superseded when a new one is sent).</summary>
    public static async Task<PortalCode> OpenCodeAsync(CasesAppFactory app, Guid memberId, PortalCodePurpose purpose)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<PortalCode>().AsNoTracking().SingleAsync(c => c.MemberId == memberId && c.Purpose == purpose && c.UsedAt == null);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
