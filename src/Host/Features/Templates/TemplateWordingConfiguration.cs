using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DomatAljandal.Host.Features.Templates;

public sealed class TemplateWordingConfiguration : IEntityTypeConfiguration<TemplateWording>
{
    private static readonly ValueConverter<DateTime, DateTime> Utc = new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public void Configure(EntityTypeBuilder<TemplateWording> e)
    {
        e.ToTable("template_wordings");
        e.HasKey(t => new { t.Key, t.Language });
        e.Property(t => t.Key).HasColumnName("key").HasMaxLength(60);
        e.Property(t => t.Language).HasColumnName("language").HasMaxLength(5);
        e.Property(t => t.Subject).HasColumnName("subject").HasMaxLength(TemplateForm.MaxSubjectLength);
        e.Property(t => t.Greeting).HasColumnName("greeting").HasMaxLength(TemplateForm.MaxGreetingLength);
        e.Property(t => t.Body).HasColumnName("body").HasMaxLength(TemplateForm.MaxBodyLength);
        e.Property(t => t.Sms).HasColumnName("sms").HasMaxLength(TemplateForm.MaxSmsLength);
        e.Property(t => t.SignatoryName).HasColumnName("signatory_name").HasMaxLength(TemplateForm.MaxSignatoryLength);
        e.Property(t => t.SignatoryTitle).HasColumnName("signatory_title").HasMaxLength(TemplateForm.MaxSignatoryLength);
        e.Property(t => t.UpdatedAt).HasColumnName("updated_at").HasConversion(Utc);
        e.Property(t => t.UpdatedBy).HasColumnName("updated_by").HasMaxLength(200);
    }
}
