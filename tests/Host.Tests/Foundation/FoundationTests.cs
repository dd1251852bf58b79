using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DomatAljandal.Host.Tests.Foundation;

/// <summary>The foundation as a user of the API and the pages meets it; run on SQLite and on PostgreSQL.</summary>
public abstract class FoundationTests(HostFixture host)
{
    [SkippableFact]
    public async Task Health_reports_the_database_is_reachable()
    {
        var app = await host.GetAsync();
        using var client = app.CreateClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task The_seeded_admin_gets_a_token_and_me_shows_the_admin_role()
    {
        var app = await host.GetAsync();
        using var client = await app.AdminClientAsync();
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(DomatAppFactory.AdminEmail, me.GetProperty("email").GetString());
        Assert.Contains("Admin", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [SkippableFact]
    public async Task A_wrong_password_is_refused()
    {
        var app = await host.GetAsync();
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = DomatAppFactory.AdminEmail, password = "not-the-password-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [SkippableFact]
    public async Task Wrong_passwords_from_a_stranger_do_not_lock_the_owner_out_and_a_deactivated_account_answers_like_a_wrong_password()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        var email = $"lockme-{Guid.NewGuid():N}@test.local";
        var created = await (await admin.PostAsJsonAsync("/api/users", new { email, password = "Right-pass-2026", fullName = "سارة الشمري", roles = new[] { "MemberRelationsOfficer" } }))
            .Content.ReadFromJsonAsync<JsonElement>();

        using var client = app.CreateClient();
        // More wrong tries than Identity's usual lockout (five), fewer than the sign-in throttle allows one account.
        for (var i = 0; i < 6; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email, password = $"wrong-pass-{i}0" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/login", new { email, password = "Right-pass-2026" })).StatusCode);

        (await admin.PostAsync($"/api/users/{created.GetProperty("id").GetString()}/deactivate", null)).EnsureSuccessStatusCode();
        var right = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "Right-pass-2026" });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        // Deactivated, but the answer is the one a wrong password gets: it does not tell a stranger the account exists or is locked.
        var problem = await right.Content.ReadFromJsonAsync<JsonElement>();
        var unknown = await (await client.PostAsJsonAsync("/api/auth/login", new { email = $"nobody-{Guid.NewGuid():N}@test.local", password = "Right-pass-2026" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(unknown.GetProperty("detail").GetString(), problem.GetProperty("detail").GetString());
        Assert.Equal(unknown.GetProperty("title").GetString(), problem.GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task Anonymous_callers_get_401_from_protected_endpoints()
    {
        var app = await host.GetAsync();
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/users")).StatusCode);
    }

    [SkippableFact]
    public async Task A_staff_member_without_the_admin_role_gets_403_from_user_administration()
    {
        var app = await host.GetAsync();
        using var officer = await app.StaffClientAsync("MemberRelationsOfficer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/users")).StatusCode);
        var create = await officer.PostAsJsonAsync("/api/users", new { email = "x@test.local", password = "Some-pass-2026", fullName = "x", roles = new[] { "Admin" } });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [SkippableFact]
    public async Task A_deactivated_user_can_no_longer_sign_in_or_use_a_token()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        var email = $"leaver-{Guid.NewGuid():N}@test.local";
        var created = await (await admin.PostAsJsonAsync("/api/users", new { email, password = "Leaver-pass-2026", fullName = "خالد العنزي", roles = new[] { "SocialResearcher" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        using var leaver = await app.ClientForAsync(email, "Leaver-pass-2026");
        Assert.Equal(HttpStatusCode.OK, (await leaver.GetAsync("/api/me")).StatusCode);

        (await admin.PostAsync($"/api/users/{created.GetProperty("id").GetString()}/deactivate", null)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await leaver.GetAsync("/api/me")).StatusCode);
        using var anonymous = app.CreateClient();
        var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = "Leaver-pass-2026" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [SkippableFact]
    public async Task An_open_page_of_a_deactivated_user_loses_its_sign_in_at_the_next_revalidation()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        var email = $"open-tab-{Guid.NewGuid():N}@test.local";
        var created = await (await admin.PostAsJsonAsync("/api/users", new { email, password = "Open-tab-2026", fullName = "منيرة الرويلي", roles = new[] { "Manager" } }))
            .Content.ReadFromJsonAsync<JsonElement>();

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>()
            .CreateUserPrincipalAsync((await users.FindByEmailAsync(email))!);
        var revalidation = (ActiveUserRevalidatingStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        Assert.True(await revalidation.IsStillValidAsync(principal));

        (await admin.PostAsync($"/api/users/{created.GetProperty("id").GetString()}/deactivate", null)).EnsureSuccessStatusCode();

        Assert.False(await revalidation.IsStillValidAsync(principal));
    }

    [SkippableFact]
    public async Task Creating_a_user_with_bad_fields_returns_problem_details_naming_them()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        var response = await admin.PostAsJsonAsync("/api/users", new { email = "not-an-email", password = "short", fullName = "", roles = new[] { "Wizard" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("Email", out _) || problem.GetProperty("errors").TryGetProperty("email", out _));
    }

    [SkippableFact]
    public async Task A_malformed_json_body_is_a_400_problem_not_a_500()
    {
        var app = await host.GetAsync();
        using var admin = await app.AdminClientAsync();
        using var content = new StringContent("{\"email\": 42,", System.Text.Encoding.UTF8, "application/json");
        var response = await admin.PostAsync("/api/users", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Open_self_registration_is_not_offered()
    {
        var app = await host.GetAsync();
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = "walk-in@test.local", password = "Walk-in-pass-2026" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [SkippableFact]
    public async Task The_openapi_document_lists_the_api()
    {
        var app = await host.GetAsync();
        using var client = app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/me", out _));
        Assert.True(paths.TryGetProperty("/api/users", out _));
        Assert.True(paths.TryGetProperty("/api/auth/login", out _));
    }

    [SkippableFact]
    public async Task The_sign_in_page_is_arabic_and_right_to_left_by_default_and_english_on_request()
    {
        var app = await host.GetAsync();
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var root = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.StartsWith("/login", root.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var arabic = await client.GetStringAsync("/login");
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic, StringComparison.Ordinal);
        Assert.Contains("تسجيل الدخول", arabic, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var english = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Blazors_own_endpoints_answer_a_signed_out_visitor_while_staff_pages_still_ask_to_sign_in()
    {
        var app = await host.GetAsync();
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var initializers = await client.GetAsync("/_blazor/initializers");
        Assert.Equal(HttpStatusCode.OK, initializers.StatusCode);
        Assert.StartsWith("[", await initializers.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/portal/signup")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/portal/reset-password")).StatusCode);

        var members = await client.GetAsync("/members");
        Assert.Equal(HttpStatusCode.Redirect, members.StatusCode);
        Assert.StartsWith("/login", members.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

public sealed class SqliteFoundationTests(SqliteHost host) : FoundationTests(host), IClassFixture<SqliteHost>
{
    [Fact]
    public async Task The_database_runs_with_the_engines_PRAGMAs()
    {
        var app = await host.GetAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(1L, await command.ExecuteScalarAsync()); // NORMAL
    }
}

public sealed class PostgresFoundationTests(PostgresHost host) : FoundationTests(host), IClassFixture<PostgresHost>;
