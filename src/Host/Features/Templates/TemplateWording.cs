namespace DomatAljandal.Host.Features.Templates;

/// <summary>
/// An admin's wording of one template in one language (table <c>template_wordings</c>), replacing the shipped wording
/// of <see cref="TemplateCatalog"/>. The body holds one paragraph per line; a line may end with <c>|| fallback</c>,
/// used when one of the line's values is missing (a line with a missing value and no fallback is left out).
/// </summary>
public sealed class TemplateWording
{
    private TemplateWording()
    {
    }

    public string Key { get; private set; } = string.Empty;

    /// <summary>"ar" or "en".</summary>
    public string Language { get; private set; } = "ar";

    public string Subject { get; private set; } = string.Empty;

    public string Greeting { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    /// <summary>The SMS text (notifications only).</summary>
    public string? Sms { get; private set; }

    /// <summary>Who signs (letters only).</summary>
    public string? SignatoryName { get; private set; }

    /// <summary>The signatory's title (letters only).</summary>
    public string? SignatoryTitle { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    public static TemplateWording For(string key, string language) => new() { Key = key, Language = language };

    public void Change(TemplateForm form, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(form);
        Subject = form.Subject.Trim();
        Greeting = form.Greeting?.Trim() ?? string.Empty;
        Body = form.Body.Trim();
        Sms = string.IsNullOrWhiteSpace(form.Sms) ? null : form.Sms.Trim();
        SignatoryName = string.IsNullOrWhiteSpace(form.SignatoryName) ? null : form.SignatoryName.Trim();
        SignatoryTitle = string.IsNullOrWhiteSpace(form.SignatoryTitle) ? null : form.SignatoryTitle.Trim();
        UpdatedAt = at.UtcDateTime;
        UpdatedBy = by;
    }

    public TemplateForm ToForm() => new(Subject, Greeting, Body, Sms, SignatoryName, SignatoryTitle);
}
