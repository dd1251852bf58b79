using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DomatAljandal.Host.Tests.Infrastructure;

/// <summary>The real host on a real database, with a known administrator.</summary>
public class DomatAppFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Admin-pass-2026";

    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting (not ConfigureAppConfiguration): the host reads the provider while building its services.
        var all = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider,
            ["ConnectionStrings:Default"] = Database.ConnectionString,
            ["Seed:AdminEmail"] = AdminEmail,
            ["Seed:AdminPassword"] = AdminPassword,
            // The seeded administrator signs in straight away; the forced change has its own test.
            ["Seed:AdminMustChangePassword"] = "false",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(Path.GetTempPath(), "domat-tests", "logs", "host-.log"),
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        // Tests sign in and ask for codes many times from one address: generous limits, unless a test sets its own.
        foreach (var throttle in new[] { "sign-in", "sign-up", "password-reset", "codes" })
        {
            all[$"Throttling:Policies:{throttle}:PerAddress:PermitLimit"] = "100000";
            all[$"Throttling:Policies:{throttle}:PerAccount:PermitLimit"] = "100000";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task<string> LoginAsync(string email, string password)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return body!.AccessToken;
    }

    public async Task<HttpClient> ClientForAsync(string email, string password)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LoginAsync(email, password));
        return client;
    }

    public Task<HttpClient> AdminClientAsync() => ClientForAsync(AdminEmail, AdminPassword);

    /// <summary>Creates a staff user through the admin API and returns a client signed in as them.</summary>
    public async Task<HttpClient> StaffClientAsync(string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        const string password = "Staff-pass-2026";
        using var admin = await AdminClientAsync();
        var created = await admin.PostAsJsonAsync("/api/users", new { email, password, fullName = "موظف تجريبي", roles = new[] { role } });
        created.EnsureSuccessStatusCode();
        return await ClientForAsync(email, password);
    }

    private sealed record TokenResponse(string AccessToken);
}
