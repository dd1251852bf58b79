using DomatAljandal.Domain.Cases;

namespace DomatAljandal.Host.Features.ServiceCatalog.Pages;

/// <summary>A service of the catalog as the admin edits it on the page; saved whole through <see cref="SaveServiceType"/>.</summary>
public sealed class ServiceEditorModel
{
    public string? ExistingCode { get; init; }

    public string Code { get; set; } = string.Empty;

    public string NameAr { get; set; } = string.Empty;

    public string NameEn { get; set; } = string.Empty;

    public string? WorkflowDefinitionId { get; set; }

    public bool IsActive { get; set; } = true;

    public List<FieldRow> Fields { get; } = [];

    public List<DocumentRow> Documents { get; } = [];

    public static ServiceEditorModel From(ServiceTypeDto service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var model = new ServiceEditorModel
        {
            ExistingCode = service.Code,
            Code = service.Code,
            NameAr = service.NameAr,
            NameEn = service.NameEn,
            WorkflowDefinitionId = service.WorkflowDefinitionId,
            IsActive = service.IsActive,
        };
        model.Fields.AddRange(service.Fields.Select(f => new FieldRow { Key = f.Key, LabelAr = f.LabelAr, LabelEn = f.LabelEn, Kind = f.Kind, Required = f.Required }));
        model.Documents.AddRange(service.Documents.Select(d => new DocumentRow { Key = d.Key, LabelAr = d.LabelAr, LabelEn = d.LabelEn }));
        return model;
    }

    public SaveServiceType.Command ToCommand() => new(ExistingCode, new SaveServiceType.Body(
        Code, NameAr, NameEn, WorkflowDefinitionId, IsActive,
        [.. Fields.Select(f => new ServiceFieldDto(f.Key, f.LabelAr, f.LabelEn, f.Kind, f.Required))],
        [.. Documents.Select(d => new RequiredDocumentDto(d.Key, d.LabelAr, d.LabelEn))]));

    public sealed class FieldRow
    {
        public string Key { get; set; } = string.Empty;

        public string LabelAr { get; set; } = string.Empty;

        public string LabelEn { get; set; } = string.Empty;

        public FieldKind Kind { get; set; } = FieldKind.Text;

        public bool Required { get; set; } = true;
    }

    public sealed class DocumentRow
    {
        public string Key { get; set; } = string.Empty;

        public string LabelAr { get; set; } = string.Empty;

        public string LabelEn { get; set; } = string.Empty;
    }
}
