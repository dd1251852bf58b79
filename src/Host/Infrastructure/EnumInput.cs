namespace DomatAljandal.Host.Infrastructure;

/// <summary>An enum given as text in a body (a channel, a direction): parsed once at the edge, by name only.</summary>
public static class EnumInput
{
    /// <summary>The named value; 400 naming <paramref name="field"/> for a blank, unknown or numeric value.</summary>
    public static T Parse<T>(string? value, string field)
        where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(value) && !char.IsAsciiDigit(value.Trim()[0])
        && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw ProblemException.Validation(field, $"{field} is one of: {string.Join(", ", Enum.GetNames<T>())}.");
}
