using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DomatAljandal.Host.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace DomatAljandal.Host.Features.Users;

/// <summary>Staff accounts over HTTP (admins only), and <c>/api/me</c> for anyone signed in.</summary>
public static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        group.MapGet("/", async (StaffUsers staff, CancellationToken ct) => TypedResults.Ok(await staff.ListAsync(ct)));
        group.MapPost("/", async Task<Created<UserDto>> (CreateUserRequest r, StaffUsers staff) =>
        {
            var user = await staff.CreateAsync(r.Email, r.Password, r.FullName, r.Roles ?? []);
            return TypedResults.Created($"/api/users/{user.Id}", user);
        });
        group.MapPut("/{id}/roles", async (string id, SetRolesRequest r, StaffUsers staff) => TypedResults.Ok(await staff.SetRolesAsync(id, r.Roles)));
        group.MapPost("/{id}/deactivate", async (string id, StaffUsers staff) => TypedResults.Ok(await staff.SetActiveAsync(id, false)));
        group.MapPost("/{id}/activate", async (string id, StaffUsers staff) => TypedResults.Ok(await staff.SetActiveAsync(id, true)));
        group.MapPost("/{id}/reset-password", async (string id, ResetPasswordRequest r, StaffUsers staff) =>
        {
            await staff.ResetPasswordAsync(id, r.NewPassword);
            return TypedResults.NoContent();
        });

        app.MapGet("/api/me", MeAsync).WithTags("Users").RequireAuthorization();
        return app;
    }

    public sealed record CreateUserRequest(
        [property: Required, EmailAddress, MaxLength(256)] string Email,
        [property: Required, MaxLength(128)] string Password,
        [property: Required, MaxLength(200)] string FullName,
        IReadOnlyList<string>? Roles);

    public sealed record SetRolesRequest([property: Required] IReadOnlyList<string> Roles);

    public sealed record ResetPasswordRequest([property: Required, MaxLength(128)] string NewPassword);

    public sealed record MeDto(string Id, string Email, string FullName, IReadOnlyList<string> Roles);

    private static async Task<Results<Ok<MeDto>, UnauthorizedHttpResult>> MeAsync(ClaimsPrincipal principal, UserManager<AppUser> users)
    {
        var user = await users.GetUserAsync(principal);
        return user is null
            ? TypedResults.Unauthorized()
            : TypedResults.Ok(new MeDto(user.Id, user.Email ?? string.Empty, user.FullName, [.. await users.GetRolesAsync(user)]));
    }
}
