using System.Security.Cryptography;

namespace DomatAljandal.Host.Infrastructure;

/// <summary>
/// The headers every response carries: a Content-Security-Policy (pages: scripts from this site only, plus the import map
/// Blazor writes inline, allowed by a per-request nonce; MudBlazor's inline styles), <c>nosniff</c>, a same-origin referrer,
/// and no <c>Server</c>. A download marked <see cref="SandboxedDownload"/> is sandboxed: opened directly, even a file that
/// slipped through as HTML runs nothing.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string NonceKey = "csp-nonce";

    public Task InvokeAsync(HttpContext context)
    {
        // Hex, not base64: a "+" or "=" would be HTML-encoded in the attribute and no longer match the header.
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.Remove("Server");
            headers.ContentSecurityPolicy = context.GetEndpoint()?.Metadata.GetMetadata<SandboxedDownload>() is not null
                ? "sandbox; default-src 'none'"
                : PagePolicy(context.Request.Path, nonce);
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The nonce of this request's policy, for the few inline scripts a page is allowed.</summary>
    public static string? Nonce(HttpContext? context) => context?.Items[NonceKey] as string;

    private static string PagePolicy(PathString path, string nonce)
    {
        // The API reference (Scalar) configures itself with an inline script of its own.
        var scripts = path.StartsWithSegments("/api-docs") ? "'self' 'unsafe-inline'" : $"'self' 'nonce-{nonce}'";
        return "default-src 'self'; " +
               $"script-src {scripts}; " +
               "style-src 'self' 'unsafe-inline'; " +
               "img-src 'self' data: blob:; " +
               "font-src 'self' data:; " +
               "connect-src 'self'; " +
               "object-src 'none'; " +
               "base-uri 'self'; " +
               "form-action 'self'; " +
               "frame-ancestors 'none'";
    }
}

/// <summary>Endpoint metadata: the response is a stored file, served with <c>Content-Security-Policy: sandbox</c>.</summary>
public sealed class SandboxedDownload
{
    public static readonly SandboxedDownload Instance = new();
}
