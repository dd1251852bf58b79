using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Identity;

/// <summary>Creates the roles and, on first start, the administrator a first user needs.</summary>
public sealed class IdentitySeeder(
    RoleManager<IdentityRole> roleManager,
    UserManager<AppUser> userManager,
    IOptions<SeedOptions> seed,
    TimeProvider clock,
    ILogger<IdentitySeeder> logger) : DomatAljandal.Host.Persistence.IStartupSeeder
{
    public const string DefaultAdminEmail = "admin@localhost";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roleManager.RoleExistsAsync(role))
            {
                Check(await roleManager.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        if ((await userManager.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        var configured = !string.IsNullOrWhiteSpace(seed.Value.AdminEmail) && !string.IsNullOrWhiteSpace(seed.Value.AdminPassword);
        var email = configured ? seed.Value.AdminEmail!.Trim() : DefaultAdminEmail;
        var password = configured ? seed.Value.AdminPassword! : GeneratePassword();

        var admin = await userManager.FindByEmailAsync(email);
        if (admin is null)
        {
            admin = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                FullName = "مدير النظام",
                CreatedAt = clock.GetUtcNow(),
                // A password written in configuration or a log is one-time: the administrator chooses their own.
                MustChangePassword = seed.Value.AdminMustChangePassword,
            };
            Check(await userManager.CreateAsync(admin, password), $"user {email}");
        }

        Check(await userManager.AddToRoleAsync(admin, Roles.Admin), $"admin role for {email}");

        if (configured)
        {
            logger.LogInformation("Seeded administrator {AdminEmail} from configuration", email);
        }
        else
        {
            // Printed once: the password is not stored anywhere else in clear text.
            logger.LogWarning(
                "Created administrator {AdminEmail} with the one-time password {AdminPassword} — sign in and change it",
                email, password);
        }
    }

    private static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        // Guarantee every class the password policy asks for.
        return new string(chars) + "#7a";
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not seed {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
