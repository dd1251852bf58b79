using Microsoft.Net.Http.Headers;

namespace DomatAljandal.Host.Infrastructure;

/// <summary>
/// Reads an upload's multipart body. Whatever a caller sends — no boundary, a body cut short, thousands of fields —
/// is answered with a 400 naming <c>field</c>, never a server error.
/// </summary>
public static class UploadForm
{
    public static async Task<IFormCollection> ReadAsync(HttpRequest request, string field, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Length == 0)
        {
            throw ProblemException.Validation(field, "أرسل الملف بصيغة multipart/form-data مع حدّ (boundary).",
                "Send the file as multipart/form-data with a boundary.");
        }

        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // Too many fields, a part too long, a malformed part header.
            throw ProblemException.Validation(field, "تعذّرت قراءة النموذج: حقوله كثيرة أو مشوّهة.", "The form could not be read: too many or malformed fields.");
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            throw ProblemException.Validation(field, "انقطع النموذج قبل نهايته؛ أعد إرسال الملف.", "The form ended before its end; send the file again.");
        }
    }
}
