namespace DomatAljandal.Domain;

/// <summary>The small checks every entity repeats, each throwing a <see cref="DomainRuleException"/> naming the field.</summary>
public static class Require
{
    /// <summary>Trimmed, non-empty text of at most <paramref name="maxLength"/> characters.</summary>
    public static string Text(string? value, int maxLength, string field, string labelAr, string labelEn)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainRuleException(field, $"{labelAr} مطلوب.", $"{labelEn} is required.");
        }

        return MaxLength(value.Trim(), maxLength, field, labelAr, labelEn);
    }

    /// <summary>Trimmed text or null when blank, of at most <paramref name="maxLength"/> characters.</summary>
    public static string? OptionalText(string? value, int maxLength, string field, string labelAr, string labelEn) =>
        string.IsNullOrWhiteSpace(value) ? null : MaxLength(value.Trim(), maxLength, field, labelAr, labelEn);

    public static T Defined<T>(T value, string field, string labelAr, string labelEn)
        where T : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new DomainRuleException(field, $"قيمة {labelAr} غير معروفة.", $"{labelEn} has an unknown value: {value}.");

    private static string MaxLength(string value, int maxLength, string field, string labelAr, string labelEn) =>
        value.Length <= maxLength
            ? value
            : throw new DomainRuleException(field,
                $"{labelAr} أطول من المسموح ({maxLength} حرفًا).",
                $"{labelEn} is longer than the {maxLength} characters allowed.");
}
