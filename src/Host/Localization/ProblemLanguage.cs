using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace DomatAljandal.Host.Localization;

/// <summary>
/// Puts every problem details answer in the caller's language (Arabic unless they chose English) just before it is written:
/// bilingual texts (<c>"عربي / English"</c>, or an Arabic and an English message for a field) keep the caller's half, and
/// English-only texts are looked up in <see cref="ProblemTexts"/>.
/// </summary>
internal static class ProblemLanguage
{
    private const string Separator = " / ";

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var arabic = IsArabic(context.HttpContext);
        problem.Title = problem.Title is { } title ? Pick(title, arabic) : DefaultTitle(problem.Status, arabic);
        if (problem.Detail is { } detail)
        {
            problem.Detail = Pick(detail, arabic);
        }

        var errors = problem switch
        {
            HttpValidationProblemDetails v => v.Errors,
            _ => null,
        };
        if (errors is not null)
        {
            foreach (var key in errors.Keys.ToList())
            {
                errors[key] = PickMessages(errors[key], arabic);
            }
        }

        // The answer says which language it is in, so a client can tell.
        problem.Extensions["language"] = arabic ? "ar" : "en";
    }

    public static bool IsArabic(HttpContext http) =>
        (http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? System.Globalization.CultureInfo.CurrentUICulture)
        .TwoLetterISOLanguageName != "en";

    /// <summary>One text in the caller's language.</summary>
    public static string Pick(string text, bool arabic)
    {
        var at = text.IndexOf(Separator, StringComparison.Ordinal);
        if (at > 0 && HasArabic(text.AsSpan(0, at)) && !HasArabic(text.AsSpan(at + Separator.Length)))
        {
            return arabic ? text[..at].Trim() : text[(at + Separator.Length)..].Trim();
        }

        return arabic && !HasArabic(text) && ProblemTexts.ArabicOf(text) is { } translated ? translated : text;
    }

    private static string[] PickMessages(string[] messages, bool arabic)
    {
        // A field's rule written as [Arabic, English]: keep one.
        if (messages.Length == 2 && HasArabic(messages[0]) && !HasArabic(messages[1]))
        {
            return [arabic ? messages[0] : messages[1]];
        }

        return [.. messages.Select(m => Pick(m, arabic))];
    }

    private static string? DefaultTitle(int? status, bool arabic) => status switch
    {
        StatusCodes.Status400BadRequest => Loc(arabic, "الطلب غير صحيح.", "The request is not valid."),
        StatusCodes.Status401Unauthorized => Loc(arabic, "سجّل الدخول أولًا.", "Sign in first."),
        StatusCodes.Status403Forbidden => Loc(arabic, "لا تملك صلاحية هذا الإجراء.", "You are not allowed to do this."),
        StatusCodes.Status404NotFound => Loc(arabic, "غير موجود.", "Not found."),
        StatusCodes.Status409Conflict => Loc(arabic, "تعارض مع الحالة الحالية.", "This conflicts with the current state."),
        StatusCodes.Status429TooManyRequests => Loc(arabic, "طلبات كثيرة؛ حاول بعد قليل.", "Too many requests; try again shortly."),
        >= 500 => Loc(arabic, "حدث خطأ أثناء معالجة طلبك.", "An error occurred while processing your request."),
        _ => null,
    };

    private static string Loc(bool arabic, string ar, string en) => arabic ? ar : en;

    private static bool HasArabic(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF')
            {
                return true;
            }
        }

        return false;
    }
}
