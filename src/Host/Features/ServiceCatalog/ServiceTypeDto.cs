using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Host.Features.ServiceCatalog;

/// <summary>A service of the catalog with its step-2 checklist and its workflow.</summary>
public sealed record ServiceTypeDto(
    Guid Id,
    string Code,
    string NameAr,
    string NameEn,
    string? WorkflowDefinitionId,
    bool IsActive,
    IReadOnlyList<ServiceFieldDto> Fields,
    IReadOnlyList<RequiredDocumentDto> Documents)
{
    public static ServiceTypeDto From(ServiceType s) => new(
        s.Id, s.Code, s.NameAr, s.NameEn, s.WorkflowDefinitionId, s.IsActive,
        [.. s.Fields.Select(f => new ServiceFieldDto(f.Key, f.LabelAr, f.LabelEn, f.Kind, f.IsRequired))],
        [.. s.Documents.Select(d => new RequiredDocumentDto(d.Key, d.LabelAr, d.LabelEn))]);
}

/// <summary>A field of the service's form; <c>kind</c> is Text, Number or Date.</summary>
public sealed record ServiceFieldDto(string Key, string LabelAr, string LabelEn, FieldKind Kind, bool Required = true);

/// <summary>A document the service needs; an attachment supplies it with <c>documentKey</c> = <see cref="Key"/>.</summary>
public sealed record RequiredDocumentDto(string Key, string LabelAr, string LabelEn);
