namespace DomatAljandal.Host.Tests.Infrastructure;

/// <summary>
/// Tests that need a real service (PostgreSQL, Chromium, an SMTP server) skip with a reason when it is absent
/// on a developer's machine, and fail when <c>CI=true</c>, where .ci/run is supposed to have started it.
/// </summary>
public static class RealService
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Require(bool available, string reason)
    {
        if (available)
        {
            return;
        }

        if (InCi)
        {
            throw new InvalidOperationException($"CI=true but a required service is missing: {reason}");
        }

        Skip.If(true, reason);
    }

    /// <summary>Npgsql connection string of a server the tests may create databases on (CI sets it).</summary>
    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("DOMAT_TEST_POSTGRES");

    public static void RequirePostgres() => Require(
        !string.IsNullOrWhiteSpace(PostgresConnectionString),
        "PostgreSQL tests need DOMAT_TEST_POSTGRES (e.g. Host=localhost;Username=postgres;Password=postgres) — .ci/run sets it");
}
