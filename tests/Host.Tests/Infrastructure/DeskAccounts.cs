using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Portal.Account;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Infrastructure;

/// <summary>A portal account as the desk opens it: the officer gives the email, the member activates it with the code sent to them.</summary>
public static partial class DeskAccounts
{
    public static async Task<HttpResponseMessage> OpenAsync(HttpClient officer, Guid memberId, string email) =>
        await officer.PostAsJsonAsync($"/api/members/{memberId}/portal-account", new { email });

    /// <summary>The activation code as the member received it: from the outbox message queued for it.</summary>
    public static async Task<string> ActivationCodeAsync(DomatAppFactory app, Guid memberId) =>
        SixDigits().Match((await ActivationMessageAsync(app, memberId)).BodyText).Value;

    /// <summary>The message that carried the member's open activation code.</summary>
    public static async Task<OutboxMessage> ActivationMessageAsync(DomatAppFactory app, Guid memberId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var code = await db.Set<PortalCode>().AsNoTracking()
            .Where(c => c.MemberId == memberId && c.Purpose == PortalCodePurpose.Activation && c.UsedAt == null)
            .OrderByDescending(c => c.CreatedAt).FirstAsync();
        return await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.DeduplicationKey == $"portal-code:{code.Id}");
    }

    /// <summary>Opens the account and activates it with <paramref name="password"/>; fails the test if either step fails.</summary>
    public static async Task OpenAndActivateAsync(DomatAppFactory app, HttpClient officer, Guid memberId, string email, string password)
    {
        var opened = await OpenAsync(officer, memberId, email);
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        using var anonymous = app.CreateClient();
        var code = await ActivationCodeAsync(app, memberId);
        var activated = await anonymous.PostAsJsonAsync("/api/portal/activation", new { email, code, password });
        Assert.True(activated.IsSuccessStatusCode, await activated.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
