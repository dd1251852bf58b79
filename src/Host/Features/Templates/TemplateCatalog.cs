using System.Text.RegularExpressions;
using DomatAljandal.Host.Features.Cases.Letters;
using DomatAljandal.Host.Features.Cases.Pages;
using DomatAljandal.Host.Features.Notifications;

namespace DomatAljandal.Host.Features.Templates;

/// <summary>
/// Every template an admin may reword: the notifications of <see cref="NotificationTemplateCatalog"/> and the letters of
/// <see cref="LetterTemplateCatalog"/>, each with its shipped wording and the placeholders it may use (those its shipped
/// wording uses, the society's name and contacts, and for letters the case's facts).
/// </summary>
public static partial class TemplateCatalog
{
    private static readonly string[] SocietyPlaceholders =
        ["memberName", "memberGreeting", "memberTitle", "memberRespected", "societyName", "societyShortName", "societyPhone", "societyEmail", "societyAddress", "societyWebsite"];

    /// <summary>What a letter's wording may name beyond its shipped text: the case, its decision and its form's usual fields.</summary>
    private static readonly string[] LetterPlaceholders =
        ["reference", "serviceName", "nationalId", "receivedAt", "decidedAt", "reason", "documentKind", "addressedTo", "purpose", "missingItems"];

    public static IReadOnlyList<TemplateEntry> All { get; } = [.. Notifications(), .. Letters()];

    public static TemplateEntry? Find(string key) => All.FirstOrDefault(t => t.Key == key);

    internal static TemplateEntry Letter(LetterKind kind) => Find(LetterTemplateCatalog.KeyOf(kind))!;

    private static IEnumerable<TemplateEntry> Notifications() =>
        NotificationTemplateCatalog.All.Values.Select(t => new TemplateEntry(
            t.Key, TemplateKind.Notification, (Name(t.Arabic.Subject), Name(t.English.Subject)),
            TemplateForm.From(t.Arabic), TemplateForm.From(t.English), null,
            Placeholders([t.Arabic, t.English], [])));

    private static IEnumerable<TemplateEntry> Letters() =>
        LetterTemplateCatalog.All.Values.Select(t => new TemplateEntry(
            LetterTemplateCatalog.KeyOf(t.Kind), TemplateKind.Letter, LetterKindNames.Of(t.Kind),
            TemplateForm.From(t.Arabic.Text, t.Arabic.SignatoryName, t.Arabic.SignatoryTitle),
            TemplateForm.From(t.English.Text, t.English.SignatoryName, t.English.SignatoryTitle),
            t.Kind,
            Placeholders([t.Arabic.Text, t.English.Text], LetterPlaceholders)));

    private static IReadOnlyList<string> Placeholders(IEnumerable<TemplateText> texts, IEnumerable<string> more) =>
        [.. texts.SelectMany(t => new[] { t.Subject, t.Greeting.Text, t.Greeting.Otherwise ?? string.Empty, t.Sms.Text, t.Sms.Otherwise ?? string.Empty }
                .Concat(t.Paragraphs.SelectMany(p => new[] { p.Text, p.Otherwise ?? string.Empty })))
            .SelectMany(text => PlaceholderNames(text))
            .Concat(more).Concat(SocietyPlaceholders).Distinct(StringComparer.Ordinal)];

    /// <summary>The names of the placeholders in a text (<c>{reference}</c>, <c>{receivedAt:date}</c> → reference, receivedAt).</summary>
    public static IEnumerable<string> PlaceholderNames(string text) => Placeholder().Matches(text).Select(m => m.Groups["name"].Value);

    /// <summary>A template's subject as its name: placeholders become an ellipsis ("استلمنا طلبكم رقم …").</summary>
    public static string Name(string subject) => Placeholder().Replace(subject, "…").Trim();

    [GeneratedRegex(@"\{(?<name>[^}:]+)(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}

/// <summary>A notification (email and SMS) or a printed letter.</summary>
public enum TemplateKind
{
    Notification = 1,
    Letter = 2,
}

/// <summary>A template with its shipped wording in both languages and the placeholders it may use.</summary>
public sealed record TemplateEntry(
    string Key,
    TemplateKind Kind,
    (string Ar, string En) Name,
    TemplateForm DefaultArabic,
    TemplateForm DefaultEnglish,
    LetterKind? LetterKind,
    IReadOnlyList<string> Placeholders)
{
    public TemplateForm Default(string language) => language == Domain.Text.DisplayLanguage.Arabic ? DefaultArabic : DefaultEnglish;
}
