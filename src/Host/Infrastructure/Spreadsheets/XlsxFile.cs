using DomatAljandal.Host.Localization;
using Microsoft.Net.Http.Headers;

namespace DomatAljandal.Host.Infrastructure.Spreadsheets;

/// <summary>
/// An .xlsx answer: the workbook is written to a temporary file as its rows stream from the database (the package needs
/// a seekable stream), then sent and the file deleted. Arabic (right to left) unless the request asked for English.
/// </summary>
public sealed class XlsxFile(string fileName, IReadOnlyList<Sheet> sheets) : IResult
{
    /// <summary>The query value that asks a list or report endpoint for a workbook: <c>?format=xlsx</c>.</summary>
    public const string Format = "xlsx";

    /// <summary>Whether the caller asked for a workbook (<c>xlsx</c>) rather than JSON (nothing, or <c>json</c>).</summary>
    /// <exception cref="ProblemException">400 naming <c>format</c> for any other value.</exception>
    public static bool Wanted(string? format)
    {
        var value = format?.Trim();
        if (string.IsNullOrEmpty(value) || string.Equals(value, "json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return string.Equals(value, Format, StringComparison.OrdinalIgnoreCase)
            ? true
            : throw ProblemException.Validation("format", "الصيغة إما json أو xlsx.", "The format is json or xlsx.");
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var path = Path.Combine(Path.GetTempPath(), $"domat-export-{Guid.NewGuid():N}.xlsx");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await XlsxWorkbook.WriteAsync(file, sheets, Loc.IsArabic, httpContext.RequestAborted);
        file.Position = 0;
        httpContext.Response.ContentType = XlsxWorkbook.ContentType;
        httpContext.Response.ContentLength = file.Length;
        httpContext.Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? fileName : fileName + ".xlsx",
        }.ToString();
        await file.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted);
    }
}
