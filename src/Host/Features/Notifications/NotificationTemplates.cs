using System.Collections;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DomatAljandal.Domain.Dates;
using DomatAljandal.Domain.Text;
using DomatAljandal.Host.Infrastructure;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Features.Notifications;

/// <summary>
/// Fills a template of <see cref="NotificationTemplateCatalog"/> for one language: the subject, a plain-text and
/// an HTML body (right to left for Arabic, with the society's name and contacts) and the short SMS text.
/// Values may be text, numbers, instants (shown with <see cref="DualDate"/>), lists, or an (Arabic, English) pair.
/// </summary>
public sealed partial class NotificationTemplates(IOptions<SocietyOptions> society)
{
    public static IReadOnlyCollection<string> Keys => [.. NotificationTemplateCatalog.All.Keys];

    /// <exception cref="ArgumentException">Unknown template or language, or a value the template needs is missing.</exception>
    public RenderedNotification Render(string templateKey, string language, IReadOnlyDictionary<string, object?> values)
    {
        if (!NotificationTemplateCatalog.All.TryGetValue(templateKey, out var template))
        {
            throw new ArgumentException($"There is no notification template '{templateKey}'. Known: {string.Join(", ", Keys)}.", nameof(templateKey));
        }

        return Render(template, language, values);
    }

    /// <summary>Fills the given wording of a template (the shipped one, or an admin's).</summary>
    /// <exception cref="ArgumentException">Unknown language, or a value the template needs is missing.</exception>
    internal RenderedNotification Render(NotificationTemplate template, string language, IReadOnlyDictionary<string, object?> values)
    {
        var (text, context) = Prepare(template.Key, template.Arabic, template.English, language, values, isolate: false);
        var greeting = Greeting(text, context);
        var paragraphs = text.Paragraphs.Select(p => Line(p, context)).Where(p => p is not null).Select(p => p!).ToList();
        var footer = Footer(context.Arabic, context);

        var subject = Required(text.Subject, context, Mode.Inline);
        // An SMS line with a missing value falls back to its Otherwise text, as a paragraph does.
        var sms = Fill(text.Sms.Text, context, Mode.Inline)
                  ?? (text.Sms.Otherwise is { } otherwise ? Required(otherwise, context, Mode.Inline) : throw MissingValue(text.Sms.Text, context));
        return new RenderedNotification(
            BidiText.StartLine(subject.Text, context.Arabic),
            PlainText(greeting, paragraphs, footer, context.Arabic),
            Html(WebUtility.HtmlEncode(subject.Text), greeting, paragraphs, footer, context),
            BidiText.StartLine(sms.Text, context.Arabic));
    }

    /// <summary>
    /// Fills a letter's wording for print: the subject, the salutation and the paragraphs, each inserted value wrapped in
    /// a Unicode direction isolate so a reference or a Latin name keeps its order inside Arabic text (and Arabic inside English).
    /// </summary>
    /// <exception cref="ArgumentException">Unknown language, or a value the wording needs is missing.</exception>
    internal FilledLetter RenderLetter(string key, TemplateText arabic, TemplateText english, string language, IReadOnlyDictionary<string, object?> values)
    {
        var (text, context) = Prepare(key, arabic, english, language, values, isolate: true);
        var greeting = Greeting(text, context);
        var paragraphs = text.Paragraphs.Select(p => Line(p, context)).Where(p => p is not null).Select(p => p!.Text).ToList();
        return new FilledLetter(Required(text.Subject, context, Mode.Inline).Text, greeting?.Text, paragraphs);
    }

    private (TemplateText Text, RenderContext Context) Prepare(
        string key, TemplateText arabicText, TemplateText englishText, string language, IReadOnlyDictionary<string, object?> values, bool isolate)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!DisplayLanguage.TryNormalize(language, out var code))
        {
            throw new ArgumentException($"Unsupported language '{language}'; use \"ar\" or \"en\".", nameof(language));
        }

        var arabic = code == DisplayLanguage.Arabic;
        var all = SocietyValues(arabic);
        // The words that follow the member's gender default to the masculine, as Arabic addresses someone unknown.
        foreach (var (name, value) in MemberContact.GenderedWords(female: false))
        {
            all[name] = value;
        }

        foreach (var (name, value) in values)
        {
            all[name] = value;
        }

        return (arabic ? arabicText : englishText, new RenderContext(key, code, arabic, all, isolate));
    }

    /// <summary>The greeting line; none when the wording has an empty one.</summary>
    private static Filled? Greeting(TemplateText text, RenderContext context) =>
        string.IsNullOrWhiteSpace(text.Greeting.Text) ? null : Line(text.Greeting, context);

    private Dictionary<string, object?> SocietyValues(bool arabic)
    {
        var s = society.Value;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["societyName"] = s.Name(arabic),
            ["societyShortName"] = arabic ? s.LogoText : s.NameEn,
            ["societyPhone"] = s.Phone,
            ["societyEmail"] = s.Email,
            ["societyAddress"] = arabic ? s.AddressAr : s.AddressEn,
            ["societyWebsite"] = s.Website,
        };
    }

    private static List<Filled> Footer(bool arabic, RenderContext context)
    {
        (string Label, string Name)[] contacts = arabic
            ? [("الهاتف", "societyPhone"), ("البريد الإلكتروني", "societyEmail"), ("العنوان", "societyAddress"), ("الموقع", "societyWebsite")]
            : [("Phone", "societyPhone"), ("Email", "societyEmail"), ("Address", "societyAddress"), ("Website", "societyWebsite")];
        var lines = new List<Filled> { Required("{societyName}", context, Mode.Body) };
        foreach (var (label, name) in contacts)
        {
            if (Fill($"{label}: {{{name}}}", context, Mode.Body) is { } line)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static Filled? Line(TemplateLine line, RenderContext context)
    {
        if (Fill(line.Text, context, Mode.Body) is { } filled)
        {
            return filled;
        }

        if (line.Otherwise is not null)
        {
            return Required(line.Otherwise, context, Mode.Body);
        }

        return line.Optional ? null : throw MissingValue(line.Text, context);
    }

    private static Filled Required(string text, RenderContext context, Mode mode) =>
        Fill(text, context, mode) ?? throw MissingValue(text, context);

    private static ArgumentException MissingValue(string text, RenderContext context)
    {
        var missing = Placeholder().Matches(text).Select(m => m.Groups["name"].Value).Where(n => Format(context, n, null, Mode.Body) is null);
        return new ArgumentException(
            $"Template '{context.TemplateKey}' ({context.Language}) needs a value for {string.Join(", ", missing)}.");
    }

    /// <summary>The line with every placeholder filled, as plain text and as HTML; null when a value is missing.</summary>
    private static Filled? Fill(string template, RenderContext context, Mode mode)
    {
        var text = new StringBuilder();
        var html = new StringBuilder();
        var position = 0;
        foreach (Match match in Placeholder().Matches(template))
        {
            var literal = template[position..match.Index];
            text.Append(literal);
            html.Append(WebUtility.HtmlEncode(literal));
            position = match.Index + match.Length;

            var format = match.Groups["format"].Success ? match.Groups["format"].Value : null;
            if (Format(context, match.Groups["name"].Value, format, mode) is not { } value)
            {
                return null;
            }

            if (mode == Mode.Inline)
            {
                value = value.ReplaceLineEndings(" ");
            }

            text.Append(context.Isolate ? BidiText.Isolate(value) : BidiText.MarkForText(value, context.Arabic));
            html.Append(BidiText.IsolateHtml(WebUtility.HtmlEncode(value).ReplaceLineEndings("<br>"), value));
        }

        var rest = template[position..];
        text.Append(rest);
        html.Append(WebUtility.HtmlEncode(rest));
        return new Filled(text.ToString(), html.ToString());
    }

    private static string? Format(RenderContext context, string name, string? format, Mode mode) =>
        context.Values.TryGetValue(name, out var value) ? Format(value, format, context, mode) : null;

    private static string? Format(object? value, string? format, RenderContext context, Mode mode)
    {
        var withTime = format == "datetime";
        switch (value)
        {
            case null:
                return null;
            case string s when string.IsNullOrWhiteSpace(s):
                return null;
            case string s when format is not null
                && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed):
                return DualDate.Format(parsed, context.Language, withTime);
            case string s:
                return s.Trim();
            case DateTimeOffset instant:
                return DualDate.Format(instant, context.Language, withTime);
            case DateTime dateTime:
                return DualDate.Format(new DateTimeOffset(dateTime.Kind == DateTimeKind.Unspecified
                    ? DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)
                    : dateTime.ToUniversalTime()), context.Language, withTime);
            case ValueTuple<string, string> pair:
                return Format(context.Arabic ? pair.Item1 : pair.Item2, format, context, mode);
            case JsonElement json:
                return json.ValueKind switch
                {
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    JsonValueKind.String => Format(json.GetString(), format, context, mode),
                    JsonValueKind.Array => Format(json.EnumerateArray().Select(e => (object?)e).ToList(), format, context, mode),
                    _ => json.GetRawText(),
                };
            case IEnumerable items:
                var parts = items.Cast<object?>().Select(i => Format(i, format, context, Mode.Inline)).Where(i => i is not null).ToList();
                if (parts.Count == 0)
                {
                    return null;
                }

                // A list is a bulleted block in a body, and a comma-separated run in a subject or an SMS.
                return mode == Mode.Body
                    ? string.Join("\n", parts.Select(p => "• " + p))
                    : string.Join(context.Arabic ? "، " : ", ", parts);
            case IFormattable formattable:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            default:
                return value.ToString();
        }
    }

    private static string PlainText(Filled? greeting, IReadOnlyList<Filled> paragraphs, IReadOnlyList<Filled> footer, bool arabic)
    {
        var blocks = new List<string>();
        if (greeting is not null)
        {
            blocks.Add(greeting.Text);
        }

        blocks.AddRange(paragraphs.Select(p => p.Text));
        blocks.Add("-- \n" + string.Join("\n", footer.Select(f => f.Text)));
        var lines = string.Join("\n\n", blocks).Split('\n').Select(l => BidiText.StartLine(l, arabic));
        return string.Join("\r\n", lines) + "\r\n";
    }

    private static string Html(string encodedSubject, Filled? greeting, IReadOnlyList<Filled> paragraphs, IReadOnlyList<Filled> footer, RenderContext context)
    {
        var dir = context.Arabic ? "rtl" : "ltr";
        var align = context.Arabic ? "right" : "left";
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{context.Language}" dir="{dir}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{encodedSubject}</title>
            </head>
            <body style="margin:0;padding:0;background-color:#f5efe0;">
            <div dir="{dir}" lang="{context.Language}" style="max-width:600px;margin:0 auto;padding:24px;background-color:#ffffff;color:#222222;font-family:Tahoma,'Segoe UI','Noto Naskh Arabic',Arial,sans-serif;font-size:16px;line-height:1.8;text-align:{align};">
            <p style="margin:0 0 16px;font-size:18px;font-weight:bold;color:#8a5a00;">{footer[0].Html}</p>

            """);
        if (greeting is not null)
        {
            html.Append($"<p style=\"margin:0 0 12px;\">{greeting.Html}</p>\n");
        }

        foreach (var paragraph in paragraphs)
        {
            html.Append($"<p style=\"margin:0 0 12px;\">{paragraph.Html}</p>\n");
        }

        html.Append("<hr style=\"border:none;border-top:1px solid #e0d6bf;margin:24px 0 12px;\">\n");
        html.Append($"<p style=\"margin:0;font-size:13px;color:#666666;\">{string.Join("<br>", footer.Select(f => f.Html))}</p>\n");
        html.Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)(?::(?<format>date|datetime))?\}")]
    private static partial Regex Placeholder();

    private enum Mode
    {
        /// <summary>A paragraph of an email.</summary>
        Body,

        /// <summary>A subject or an SMS: one line.</summary>
        Inline,
    }

    private sealed record RenderContext(string TemplateKey, string Language, bool Arabic, IReadOnlyDictionary<string, object?> Values, bool Isolate);

    private sealed record Filled(string Text, string Html);
}
