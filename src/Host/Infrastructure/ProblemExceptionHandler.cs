using System.Globalization;
using DomatAljandal.Domain;
using DomatAljandal.Host.Features.Workflows;
using DomatAljandal.Host.Localization;
using DomatAljandal.Workflows.Definitions;
using DomatAljandal.Workflows.Runtime;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Infrastructure;

/// <summary>
/// The one place that turns an exception into an RFC 7807 answer. User mistakes become 4xx naming the field;
/// only a real fault is a 500, and it never leaks internals.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The handler runs outside request localization: answer in the language the request was served in.
        if (httpContext.Features.Get<IRequestCultureFeature>() is { } culture)
        {
            CultureInfo.CurrentUICulture = culture.RequestCulture.UICulture;
        }

        var problem = Map(exception);
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails? Map(Exception exception) => exception switch
    {
        ProblemException p => p.ToProblemDetails(),
        WorkflowDefinitionInvalidException invalid => new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Loc.T("تعريف الإجراء غير صالح.", "The workflow definition is not valid."),
            Detail = string.Join(Loc.T("؛ ", "; "), invalid.Errors.Take(5).Select(e => $"{e.Path}: {e.MessageIn(Loc.Language)}")),
            Extensions = { ["code"] = "workflow.definitionInvalid", ["errors"] = WorkflowEndpoints.DefinitionProblem.From(invalid.Errors) },
        },
        // The engine's errors carry a stable code and their text in both languages, like the domain's rules.
        InvalidResumeDataException data => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [data.Field] = [data.MessageAr, data.Message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are not valid.",
            Detail = $"{data.MessageAr} / {data.Message}",
            Extensions = { ["code"] = data.Code, ["messageAr"] = data.MessageAr, ["messageEn"] = data.Message },
        },
        WorkflowException workflow => new ProblemDetails
        {
            Status = workflow.Kind switch
            {
                WorkflowErrorKind.NotFound => StatusCodes.Status404NotFound,
                WorkflowErrorKind.Conflict => StatusCodes.Status409Conflict,
                WorkflowErrorKind.Forbidden => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status400BadRequest,
            },
            Title = $"{workflow.MessageAr} / {workflow.Message}",
            Extensions = { ["code"] = workflow.Code, ["messageAr"] = workflow.MessageAr, ["messageEn"] = workflow.Message },
        },
        DomainRuleException rule => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [rule.Field] = [rule.MessageAr, rule.MessageEn] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are not valid.",
            Detail = $"{rule.MessageAr} / {rule.MessageEn}",
        },
        BadHttpRequestException bad => new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The upload is too large." : "The request could not be read.",
            Detail = bad.InnerException?.Message ?? bad.Message,
        },
        // A form past its limits (fields, lengths), a number too large for its type, text where a number belongs:
        // all the caller's input, never a fault of the service.
        InvalidDataException or OverflowException or FormatException => new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request could not be read.",
            Detail = exception.Message,
        },
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Someone else changed this record at the same time. Reload it and try again.",
        },
        _ => null,
    };
}

/// <summary>An error meant for the caller: carries its status, a title and optionally the fields at fault.</summary>
public class ProblemException(int status, string title, string? detail = null, IDictionary<string, string[]>? errors = null)
    : Exception(detail ?? title)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public IDictionary<string, string[]>? Errors { get; } = errors;

    /// <summary>A stable code a client maps (<c>account.mustChangePassword</c>), never the title.</summary>
    public string? Code { get; init; }

    public virtual ProblemDetails ToProblemDetails()
    {
        var problem = Errors is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(Errors);
        problem.Status = Status;
        problem.Title = Title;
        problem.Detail = Message == Title ? null : Message;
        if (Code is not null)
        {
            problem.Extensions["code"] = Code;
        }

        return problem;
    }

    public static ProblemException Validation(string field, string message) =>
        new(StatusCodes.Status400BadRequest, "One or more fields are not valid.", message,
            new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A field's rule in both languages; the answer keeps the caller's (see <see cref="Localization.ProblemLanguage"/>).</summary>
    public static ProblemException Validation(string field, string arabic, string english) =>
        new(StatusCodes.Status400BadRequest, "One or more fields are not valid.", $"{arabic} / {english}",
            new Dictionary<string, string[]> { [field] = [arabic, english] });
}
