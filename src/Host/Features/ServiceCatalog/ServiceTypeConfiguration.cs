using DomatAljandal.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.ServiceCatalog;

/// <summary>
/// Provider-neutral mapping of <see cref="ServiceType"/>. The checklist (fields and documents) is stored as JSON
/// on the service's row: it is always read and written whole, and JSON keeps the order the admin gave it.
/// </summary>
public sealed class ServiceTypeConfiguration : IEntityTypeConfiguration<ServiceType>
{
    public void Configure(EntityTypeBuilder<ServiceType> e)
    {
        e.ToTable("service_types");
        e.HasKey(s => s.Id);
        e.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(s => s.Code).HasColumnName("code").HasMaxLength(ServiceType.MaxCodeLength);
        e.Property(s => s.NameAr).HasColumnName("name_ar").HasMaxLength(200);
        e.Property(s => s.NameEn).HasColumnName("name_en").HasMaxLength(200);
        e.Property(s => s.WorkflowDefinitionId).HasColumnName("workflow_definition_id").HasMaxLength(200);
        e.Property(s => s.IsActive).HasColumnName("is_active");

        e.OwnsMany(s => s.Fields, f =>
        {
            f.ToJson("fields");
            f.Property(x => x.Key).HasJsonPropertyName("key");
            f.Property(x => x.LabelAr).HasJsonPropertyName("labelAr");
            f.Property(x => x.LabelEn).HasJsonPropertyName("labelEn");
            f.Property(x => x.Kind).HasJsonPropertyName("kind");
            f.Property(x => x.IsRequired).HasJsonPropertyName("required");
        });
        e.Navigation(s => s.Fields).UsePropertyAccessMode(PropertyAccessMode.Field);

        e.OwnsMany(s => s.Documents, d =>
        {
            d.ToJson("documents");
            d.Property(x => x.Key).HasJsonPropertyName("key");
            d.Property(x => x.LabelAr).HasJsonPropertyName("labelAr");
            d.Property(x => x.LabelEn).HasJsonPropertyName("labelEn");
        });
        e.Navigation(s => s.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);

        e.HasIndex(s => s.Code).IsUnique();
    }
}
