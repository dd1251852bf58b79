using DomatAljandal.Domain.Text;

namespace DomatAljandal.Domain;

/// <summary>
/// One broken rule, naming the field at fault and saying why in both UI languages, so the host can answer
/// with an RFC 7807 problem whose <c>errors</c> key is <see cref="Field"/>.
/// </summary>
/// <param name="Field">The camelCase name of the input at fault, e.g. <c>nationalId</c> or <c>submittedData.hiveCount</c>.</param>
/// <param name="MessageAr">The reason in Arabic.</param>
/// <param name="MessageEn">The reason in English.</param>
public sealed record RuleViolation(string Field, string MessageAr, string MessageEn)
{
    /// <summary>The message in <paramref name="language"/> ("ar" or "en").</summary>
    public string MessageIn(string language) => DisplayLanguage.IsArabic(language) ? MessageAr : MessageEn;
}
