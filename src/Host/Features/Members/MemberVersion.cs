using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;

namespace DomatAljandal.Host.Features.Members;

/// <summary>
/// The member's optimistic concurrency token (<c>members.version</c>). Every registry write touches it once per unit
/// of work — also when only an apiary (a child row) changed — so two officers editing one member cannot both commit.
/// </summary>
public static class MemberVersion
{
    public const string PropertyName = "Version";

    public static int Of(AppDbContext db, Member member) => db.Entry(member).Property<int>(PropertyName).CurrentValue;

    public static void Touch(AppDbContext db, Member member)
    {
        var property = db.Entry(member).Property<int>(PropertyName);
        if (property.CurrentValue == property.OriginalValue)
        {
            property.CurrentValue = property.OriginalValue + 1;
        }
    }

    /// <summary>409 when the caller edited a version that is no longer the stored one.</summary>
    public static void EnsureExpected(AppDbContext db, Member member, int? expected)
    {
        var stored = db.Entry(member).Property<int>(PropertyName).OriginalValue;
        if (expected is { } version && version != stored)
        {
            throw new ProblemException(StatusCodes.Status409Conflict,
                "Someone else changed this member at the same time. Reload it and try again.",
                $"The member is at version {stored}, not {version}.");
        }
    }
}
