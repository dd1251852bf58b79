using System.Text.RegularExpressions;
using DomatAljandal.Host.Infrastructure;

namespace DomatAljandal.Host.Features.Templates;

/// <summary>The template errors a caller can make: an unknown key, and wording the renderer could not fill.</summary>
public static partial class TemplateProblems
{
    /// <summary>The errors as one detail in both languages (each field's rule is written [Arabic, English]).</summary>
    public static string Detail(IReadOnlyDictionary<string, string[]> errors) =>
        string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value[0]}")) + " / " + string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value[^1]}"));

    public static TemplateEntry Find(string key) =>
        TemplateCatalog.Find(key) ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such template.", $"There is no template '{key}'.");

    /// <summary>
    /// The errors of one language's wording, keyed by field (<c>arabic.body</c>): the subject and body are required (and
    /// a notification's SMS), texts fit their columns, and every placeholder is one the template knows, written
    /// <c>{name}</c>, <c>{name:date}</c> or <c>{name:datetime}</c>.
    /// </summary>
    public static void Check(TemplateEntry entry, string prefix, TemplateForm? form, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(errors);
        if (form is null)
        {
            errors[prefix] = ["الصياغة مطلوبة.", "The wording is required."];
            return;
        }

        Require(errors, $"{prefix}.subject", form.Subject, TemplateForm.MaxSubjectLength, ("الموضوع", "The subject"));
        Require(errors, $"{prefix}.body", form.Body, TemplateForm.MaxBodyLength, ("النص", "The body"));
        Limit(errors, $"{prefix}.greeting", form.Greeting, TemplateForm.MaxGreetingLength, ("التحية", "The greeting"));
        if (entry.Kind == TemplateKind.Notification)
        {
            Require(errors, $"{prefix}.sms", form.Sms, TemplateForm.MaxSmsLength, ("نص الرسالة النصية", "The SMS text"));
        }
        else
        {
            Limit(errors, $"{prefix}.signatoryName", form.SignatoryName, TemplateForm.MaxSignatoryLength, ("اسم الموقّع", "The signatory's name"));
            Require(errors, $"{prefix}.signatoryTitle", form.SignatoryTitle, TemplateForm.MaxSignatoryLength, ("صفة الموقّع", "The signatory's title"));
        }

        foreach (var (field, text) in form.Texts())
        {
            var unknown = Braces().Matches(text).Select(m => m.Value)
                .Where(p => Known().Match(p) is not { Success: true } known || !entry.Placeholders.Contains(known.Groups["name"].Value))
                .Distinct(StringComparer.Ordinal).ToList();
            if (unknown.Count > 0 && !errors.ContainsKey($"{prefix}.{field}"))
            {
                var list = string.Join(" ", unknown);
                errors[$"{prefix}.{field}"] =
                [
                    $"عناصر غير معروفة: {list}. المتاح: {string.Join(" ", entry.Placeholders.Select(p => $"{{{p}}}"))}",
                    $"Unknown placeholders: {list}. Available: {string.Join(" ", entry.Placeholders.Select(p => $"{{{p}}}"))}",
                ];
            }
        }
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, int max, (string Ar, string En) name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"{name.Ar} مطلوب.", $"{name.En} is required."];
            return;
        }

        Limit(errors, field, value, max, name);
    }

    private static void Limit(Dictionary<string, string[]> errors, string field, string? value, int max, (string Ar, string En) name)
    {
        if (value is { Length: var length } && length > max)
        {
            errors[field] = [$"{name.Ar} أطول من {max} حرفًا.", $"{name.En} is longer than {max} characters."];
        }
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Braces();

    [GeneratedRegex(@"^\{(?<name>[A-Za-z][A-Za-z0-9]*)(?::(?:date|datetime))?\}$")]
    private static partial Regex Known();
}
