namespace DomatAljandal.Host.Features.Notifications;

/// <summary>A template in both languages.</summary>
internal sealed record NotificationTemplate(string Key, TemplateText Arabic, TemplateText English);

/// <summary>
/// One language of a template. Texts hold <c>{name}</c> placeholders; <c>{name:date}</c> and <c>{name:datetime}</c>
/// show an instant the one way dates are shown (Hijri with the Gregorian beside it).
/// </summary>
internal sealed record TemplateText(string Subject, TemplateLine Greeting, IReadOnlyList<TemplateLine> Paragraphs, TemplateLine Sms);

/// <summary>
/// A line of a template. When one of its placeholders has no value it is replaced by <see cref="Otherwise"/>,
/// left out when <see cref="Optional"/>, and otherwise the render fails (a caller forgot a value).
/// </summary>
internal sealed record TemplateLine(string Text, bool Optional = false, string? Otherwise = null)
{
    public static implicit operator TemplateLine(string text) => new(text);
}
