using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DomatAljandal.Host.Tests.Infrastructure;
using DomatAljandal.Host.Tests.Portal;

namespace DomatAljandal.Host.Tests.Hardening;

/// <summary>The host as first installed: the administrator was seeded with a one-time password.</summary>
public sealed class OneTimePasswordHost() : HostFixture(DatabaseKind.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Seed:AdminMustChangePassword"] = "true" };
}

/// <summary>A token of the one-time password opens only the change itself, the sign-out and the account's own details.</summary>
public sealed class OneTimePasswordTests(OneTimePasswordHost host) : IClassFixture<OneTimePasswordHost>
{
    private const string NewPassword = "Chosen-pass-2026!";

    [SkippableFact]
    public async Task The_first_administrator_with_the_one_time_password_gets_403_on_everything_but_the_change_until_it_is_made()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();

        foreach (var refused in new[]
                 {
                     admin.GetAsync("/api/users"),
                     admin.PostAsJsonAsync("/api/users", new { email = "second@test.local", password = "Second-pass-2026", fullName = "مدير ثانٍ", roles = new[] { "Admin" } }),
                     admin.GetAsync("/api/workflows/definitions"),
                     admin.GetAsync("/api/auth/manage/2fa"),
                 })
        {
            var response = await refused;
            var problem = await response.JsonAsync(HttpStatusCode.Forbidden);
            Assert.Equal("account.mustChangePassword", problem.GetProperty("code").GetString());
            Assert.Contains("كلمة المرور المؤقتة", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        }

        // Reading their own account is open.
        var me = await (await admin.GetAsync("/api/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(DomatAppFactory.AdminEmail, me.GetProperty("email").GetString());
        await (await admin.GetAsync("/api/auth/manage/info")).JsonAsync(HttpStatusCode.OK);

        // Signing out is not held back by the one-time password (it may still want its form's antiforgery token).
        var signOut = await admin.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.Forbidden, signOut.StatusCode);

        // The change itself.
        var changed = await admin.PostAsJsonAsync("/api/auth/manage/info", new { oldPassword = DomatAppFactory.AdminPassword, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        // The old token went with the old password; the new one opens everything.
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/users")).StatusCode);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => app.LoginAsync(DomatAppFactory.AdminEmail, DomatAppFactory.AdminPassword));
        using var signedInAgain = await app.ClientForAsync(DomatAppFactory.AdminEmail, NewPassword);
        await (await signedInAgain.GetAsync("/api/users")).JsonAsync(HttpStatusCode.OK);
        var created = await signedInAgain.PostAsJsonAsync("/api/users", new { email = "second@test.local", password = "Second-pass-2026", fullName = "مدير ثانٍ", roles = new[] { "Admin" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }
}
