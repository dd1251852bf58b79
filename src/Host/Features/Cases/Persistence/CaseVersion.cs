using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;

namespace DomatAljandal.Host.Features.Cases.Persistence;

/// <summary>
/// The case's optimistic concurrency token (<c>service_cases.version</c>). Every write path touches the case once per
/// unit of work, so adding a note or an attachment (child rows) also changes the case row: two concurrent edits of
/// one case cannot both commit. The API returns the version; callers may send it back to refuse stale edits (409).
/// </summary>
public static class CaseVersion
{
    public const string PropertyName = "Version";

    /// <summary>The version as loaded (what the caller saw).</summary>
    public static int Of(AppDbContext db, ServiceCase serviceCase) =>
        db.Entry(serviceCase).Property<int>(PropertyName).CurrentValue;

    /// <summary>Marks the case changed in this unit of work (once: the version goes up by one per save).</summary>
    public static void Touch(AppDbContext db, ServiceCase serviceCase)
    {
        var property = db.Entry(serviceCase).Property<int>(PropertyName);
        if (property.CurrentValue == property.OriginalValue)
        {
            property.CurrentValue = property.OriginalValue + 1;
        }
    }

    /// <summary>409 when the caller edited a version that is no longer the stored one.</summary>
    public static void EnsureExpected(AppDbContext db, ServiceCase serviceCase, int? expected)
    {
        if (expected is { } version && version != db.Entry(serviceCase).Property<int>(PropertyName).OriginalValue)
        {
            throw new ProblemException(StatusCodes.Status409Conflict,
                "Someone else changed this case at the same time. Reload it and try again.",
                $"The case is at version {db.Entry(serviceCase).Property<int>(PropertyName).OriginalValue}, not {version}.");
        }
    }
}
