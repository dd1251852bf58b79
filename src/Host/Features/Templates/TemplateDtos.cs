namespace DomatAljandal.Host.Features.Templates;

/// <summary>A template in the list: which it is, whether an admin reworded it, and when.</summary>
public sealed record TemplateSummaryDto(string Key, TemplateKind Kind, string NameAr, string NameEn, bool Customized, DateTimeOffset? UpdatedAt, string? UpdatedBy);

/// <summary>A template as the editor shows it: the wording in force and the shipped one, each language, and its placeholders.</summary>
public sealed record TemplateDto(
    string Key,
    TemplateKind Kind,
    string NameAr,
    string NameEn,
    IReadOnlyList<string> Placeholders,
    TemplateForm Arabic,
    TemplateForm English,
    TemplateForm DefaultArabic,
    TemplateForm DefaultEnglish,
    bool CustomizedArabic,
    bool CustomizedEnglish);

/// <summary>A template filled with sample values: a notification's subject, HTML body and SMS; a letter's subject, salutation, paragraphs and signatory.</summary>
public sealed record TemplatePreviewDto(
    string Language,
    string Direction,
    string Subject,
    string? Greeting,
    IReadOnlyList<string> Paragraphs,
    string? Html,
    string? Text,
    string? Sms,
    string? SignatoryName,
    string? SignatoryTitle);
