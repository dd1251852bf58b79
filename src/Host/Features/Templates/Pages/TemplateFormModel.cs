namespace DomatAljandal.Host.Features.Templates.Pages;

/// <summary>One language of a template as the page edits it.</summary>
public sealed class TemplateFormModel
{
    public string Subject { get; set; } = string.Empty;

    public string? Greeting { get; set; }

    public string Body { get; set; } = string.Empty;

    public string? Sms { get; set; }

    public string? SignatoryName { get; set; }

    public string? SignatoryTitle { get; set; }

    public static TemplateFormModel From(TemplateForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new()
        {
            Subject = form.Subject, Greeting = form.Greeting, Body = form.Body, Sms = form.Sms, SignatoryName = form.SignatoryName, SignatoryTitle = form.SignatoryTitle,
        };
    }

    public TemplateForm ToForm() => new(Subject, Greeting, Body, Sms, SignatoryName, SignatoryTitle);
}
