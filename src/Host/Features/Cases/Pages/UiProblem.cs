using DomatAljandal.Domain;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Localization;
using DomatAljandal.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases.Pages;

/// <summary>
/// A failed request as a page shows it: one message in the UI's language, the messages of the fields at fault (keyed
/// by the field's camelCase name, e.g. <c>member.nationalId</c>) and whether the case changed under us (409).
/// </summary>
public sealed record UiProblem(string Message, IReadOnlyDictionary<string, string> Fields, bool IsConflict)
{
    /// <summary>The problem an expected failure describes; null for a real fault (let it surface).</summary>
    public static UiProblem? From(Exception exception) => exception switch
    {
        DomainRuleException rule => Validation(new Dictionary<string, string> { [rule.Field] = Loc.T(rule.MessageAr, rule.MessageEn) }),
        InvalidResumeDataException data => Validation(new Dictionary<string, string> { [data.Field] = Loc.T(data.MessageAr, data.Message) }),
        ProblemException problem => FromProblem(problem),
        DbUpdateConcurrencyException => Conflict(),
        TaskClaimedException or BookmarkConsumedException or TaskAlreadyVotedException => new(Loc.T(((WorkflowException)exception).MessageAr, exception.Message), Empty, true),
        WorkflowException { Kind: WorkflowErrorKind.Conflict } => Conflict(),
        WorkflowException workflow => new(Loc.T(workflow.MessageAr, workflow.Message), Empty, false),
        _ => null,
    };

    /// <summary>The message for the first of <paramref name="fields"/> (a field may be named several ways) that has one.</summary>
    public string? For(params string[] fields) =>
        fields.Select(f => Fields.TryGetValue(f, out var message) ? message : null).FirstOrDefault(m => m is not null);

    /// <summary>The same problem once <paramref name="field"/> is fixed; null when nothing is left to show.</summary>
    public UiProblem? Without(string field)
    {
        if (!Fields.ContainsKey(field))
        {
            return this;
        }

        var rest = Fields.Where(f => f.Key != field).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        return rest.Count == 0 ? null : this with { Fields = rest, Message = string.Join(" ", rest.Values) };
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    // The 409s the case slices word themselves, in Arabic (their titles are the slices' English).
    private static readonly Dictionary<string, string> KnownConflicts = new(StringComparer.Ordinal)
    {
        ["The case is not at this point of its procedure."] = "لم يعد الطلب عند هذه الخطوة؛ أعدنا تحميله.",
    };

    private static UiProblem Conflict() => new(
        Loc.T("غيّر شخص آخر هذا الطلب في الوقت نفسه، فأعدنا تحميله. راجع حالته ثم أعد المحاولة.",
            "Someone else changed this case at the same time — it has been reloaded. Check it and try again."), Empty, true);

    private static UiProblem Validation(Dictionary<string, string> fields) =>
        new(Loc.T("تحقق من الحقول المشار إليها.", "Check the fields marked.") + " " + string.Join(" ", fields.Values), fields, false);

    private static UiProblem FromProblem(ProblemException problem)
    {
        // Domain-style errors carry [Arabic, English]; the others one English text.
        var fields = (problem.Errors ?? new Dictionary<string, string[]>())
            .Where(e => e.Value.Length > 0)
            .ToDictionary(e => e.Key, e => e.Value.Length > 1 ? Loc.T(e.Value[0], e.Value[1]) : e.Value[0], StringComparer.Ordinal);
        return problem.Status switch
        {
            StatusCodes.Status409Conflict when KnownConflicts.TryGetValue(problem.Title, out var known) => new(Loc.T(known, problem.Title), fields, true),
            // A 409 that names a field (the national ID is registered) or words itself ("ar / en") is the server's own message.
            StatusCodes.Status409Conflict when fields.Count > 0 => new(string.Join(" ", fields.Values), fields, false),
            StatusCodes.Status409Conflict when Bilingual(problem.Message) is { } own => new(own, fields, false),
            StatusCodes.Status409Conflict => Conflict(),
            StatusCodes.Status403Forbidden => new(Loc.T("ليست لديك صلاحية هذا الإجراء.", "You are not allowed to do this.") + Detail(problem), fields, false),
            StatusCodes.Status404NotFound => new(Loc.T("لم يُعثر على المطلوب.", "Not found.") + Detail(problem), fields, false),
            StatusCodes.Status413PayloadTooLarge => new(Loc.T("حجم الملف أكبر من ١٠ ميجابايت.", "The file is larger than 10 MB."), fields, false),
            _ when fields.Count > 0 => Validation(fields),
            _ => new(Loc.T("تعذر تنفيذ الطلب.", "The request could not be done.") + Detail(problem), fields, false),
        };
    }

    private static string? Bilingual(string text) =>
        text.Split(" / ") is [var arabic, var english] ? Loc.T(arabic, english) : null;

    private static string Detail(ProblemException problem) =>
        Loc.IsArabic ? string.Empty : " " + (problem.Message == problem.Title ? problem.Title : $"{problem.Title} {problem.Message}");
}
