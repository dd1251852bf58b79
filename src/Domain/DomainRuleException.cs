using DomatAljandal.Domain.Text;

namespace DomatAljandal.Domain;

/// <summary>
/// Thrown when a request would break one of the society's rules. It is the caller's mistake, not a fault:
/// the host turns it into a 4xx problem naming <see cref="Field"/>. <see cref="Exception.Message"/> is the English text.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string field, string messageAr, string messageEn)
        : this(new RuleViolation(field, messageAr, messageEn))
    {
    }

    public DomainRuleException(RuleViolation violation)
        : base((violation ?? throw new ArgumentNullException(nameof(violation))).MessageEn)
    {
        Violation = violation;
    }

    public RuleViolation Violation { get; }

    /// <summary>The camelCase name of the input at fault.</summary>
    public string Field => Violation.Field;

    public string MessageAr => Violation.MessageAr;

    public string MessageEn => Violation.MessageEn;

    /// <summary>The message in <paramref name="language"/> ("ar" or "en").</summary>
    public string MessageIn(string language) => DisplayLanguage.IsArabic(language) ? MessageAr : MessageEn;
}
