using System.Net;
using System.Net.Http.Json;
using DomatAljandal.Host.Tests.Infrastructure;

namespace DomatAljandal.Host.Tests.Hardening;

/// <summary>A host whose sign-in throttle allows three tries per account and address, and six per address.</summary>
public sealed class LowLimitsHost() : HostFixture(DatabaseKind.Sqlite)
{
    public const int PerAccount = 3;
    public const int PerAddress = 6;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Throttling:Policies:sign-in:PerAccount:PermitLimit"] = PerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Throttling:Policies:sign-in:PerAddress:PermitLimit"] = PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Throttling:Policies:sign-in:PerAddress:WindowSeconds"] = "600",
        ["Throttling:Policies:sign-in:PerAccount:WindowSeconds"] = "600",
    };
}

public sealed class ThrottlingTests(LowLimitsHost host) : IClassFixture<LowLimitsHost>
{
    [SkippableFact]
    public async Task Sign_in_answers_429_with_Retry_After_after_the_configured_number_of_attempts()
    {
        var app = await host.GetAsync();
        using var client = app.CreateClient();
        var email = $"target-{Guid.NewGuid():N}@test.local";

        for (var attempt = 1; attempt <= LowLimitsHost.PerAccount; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { email, password = $"guess-{attempt}" })).StatusCode);
        }

        var throttled = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "guess-again" });
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After");
        Assert.Contains("محاولات كثيرة", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another account from the same address still gets its tries, up to the address's own limit.
        var other = $"other-{Guid.NewGuid():N}@test.local";
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { email = other, password = "guess" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { email = other, password = "guess" })).StatusCode);
        var addressSpent = await client.PostAsJsonAsync("/api/auth/login", new { email = $"third-{Guid.NewGuid():N}@test.local", password = "guess" });
        Assert.Equal(HttpStatusCode.TooManyRequests, addressSpent.StatusCode);
    }
}
