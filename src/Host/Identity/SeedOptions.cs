namespace DomatAljandal.Host.Identity;

/// <summary>The first administrator. When empty, <c>admin@localhost</c> is created with a random password printed once.</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    /// <summary>The first administrator replaces the seeded password at the first sign-in (on unless turned off, e.g. in tests).</summary>
    public bool AdminMustChangePassword { get; set; } = true;
}
