using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DomatAljandal.Host.Features.Cases.Persistence;

/// <summary>
/// Instants are stored as UTC <see cref="DateTime"/> (timestamptz on PostgreSQL, sortable text on SQLite), because
/// SQLite cannot compare or order <see cref="DateTimeOffset"/> in SQL. They come back with a zero offset.
/// </summary>
public static class StoredTimes
{
    public static readonly ValueConverter<DateTimeOffset, DateTime> Utc =
        new(v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

    public static readonly ValueConverter<DateTimeOffset?, DateTime?> NullableUtc =
        new(v => v.HasValue ? v.Value.UtcDateTime : null, v => v.HasValue ? new DateTimeOffset(DateTime.SpecifyKind(v.Value, DateTimeKind.Utc)) : null);

    /// <summary>A UTC <see cref="DateTime"/> read back from either provider as an offset instant.</summary>
    public static DateTimeOffset AsOffset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static DateTimeOffset? AsOffset(DateTime? utc) => utc is { } value ? AsOffset(value) : null;
}
