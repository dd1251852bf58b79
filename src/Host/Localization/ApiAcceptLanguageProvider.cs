using Microsoft.AspNetCore.Localization;

namespace DomatAljandal.Host.Localization;

/// <summary>
/// <c>Accept-Language</c> chooses the language of the API's answers (Arabic unless it prefers English: <c>en</c>,
/// <c>en-GB</c>… all mean English); the pages keep to the user's own choice, so a browser set to English still shows
/// the Arabic product.
/// </summary>
public sealed class ApiAcceptLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return NullProviderCultureResult;
        }

        var preferred = httpContext.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? string.Empty)
            .Select(l => l.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Loc.English
                : l.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? Loc.Arabic : null)
            .FirstOrDefault(c => c is not null);
        return preferred is null ? NullProviderCultureResult : Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(preferred));
    }
}
