using DomatAljandal.Host.Features.Notifications;

namespace DomatAljandal.Host.Features.Templates;

/// <summary>
/// One language of a template as an admin edits it: the subject, the greeting (a letter's salutation), the body with
/// one paragraph per line, the SMS text (notifications) and the signatory (letters). Placeholders are <c>{name}</c>,
/// <c>{name:date}</c> or <c>{name:datetime}</c>; a line ending with <c>|| fallback</c> falls back when a value is missing.
/// </summary>
public sealed record TemplateForm(
    string Subject,
    string? Greeting,
    string Body,
    string? Sms = null,
    string? SignatoryName = null,
    string? SignatoryTitle = null)
{
    public const int MaxSubjectLength = 300;
    public const int MaxGreetingLength = 500;
    public const int MaxBodyLength = 8000;
    public const int MaxSmsLength = 500;
    public const int MaxSignatoryLength = 200;

    private const string Fallback = "||";

    internal static TemplateForm From(TemplateText text, string? signatoryName = null, string? signatoryTitle = null) => new(
        text.Subject,
        Line(text.Greeting),
        string.Join("\n", text.Paragraphs.Select(Line)),
        string.IsNullOrEmpty(text.Sms.Text) ? null : Line(text.Sms),
        signatoryName,
        signatoryTitle);

    /// <summary>The wording as the renderer reads it: every line optional, with its fallback when it has one.</summary>
    internal TemplateText ToText() => new(
        Subject.Trim(),
        string.IsNullOrWhiteSpace(Greeting) ? new TemplateLine(string.Empty, Optional: true) : Parse(Greeting.Trim()),
        [.. Lines(Body).Select(Parse)],
        string.IsNullOrWhiteSpace(Sms) ? new TemplateLine(string.Empty) : Parse(Sms.Trim()));

    /// <summary>Every text of the form, to check its placeholders.</summary>
    internal IEnumerable<(string Field, string Text)> Texts()
    {
        yield return ("subject", Subject);
        yield return ("greeting", Greeting ?? string.Empty);
        yield return ("body", Body);
        yield return ("sms", Sms ?? string.Empty);
    }

    internal static IEnumerable<string> Lines(string body) =>
        body.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static string Line(TemplateLine line) => line.Otherwise is null ? line.Text : $"{line.Text} {Fallback} {line.Otherwise}";

    private static TemplateLine Parse(string line)
    {
        var split = line.IndexOf(Fallback, StringComparison.Ordinal);
        return split < 0
            ? new TemplateLine(line, Optional: true)
            : new TemplateLine(line[..split].Trim(), Optional: true, Otherwise: line[(split + Fallback.Length)..].Trim() is { Length: > 0 } otherwise ? otherwise : null);
    }
}
