using DomatAljandal.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DomatAljandal.Host.Features.Cases.Letters;

public sealed class CaseLetterConfiguration : IEntityTypeConfiguration<CaseLetter>
{
    private static readonly ValueConverter<DateTime, DateTime> Utc = new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public void Configure(EntityTypeBuilder<CaseLetter> e)
    {
        e.ToTable("case_letters");
        e.HasKey(l => l.Id);
        e.Property(l => l.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(l => l.CaseId).HasColumnName("case_id");
        e.Property(l => l.Reference).HasColumnName("reference").HasMaxLength(30);
        e.Property(l => l.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        e.Property(l => l.Language).HasColumnName("language").HasMaxLength(5);
        e.Property(l => l.IssuedAt).HasColumnName("issued_at").HasConversion(Utc);
        e.Property(l => l.IssuedBy).HasColumnName("issued_by").HasMaxLength(200);
        e.Property(l => l.Subject).HasColumnName("subject").HasMaxLength(500);
        e.Property(l => l.Salutation).HasColumnName("salutation").HasMaxLength(1000);
        e.Property(l => l.Body).HasColumnName("body").HasMaxLength(20000);
        e.Property(l => l.SignatoryName).HasColumnName("signatory_name").HasMaxLength(200);
        e.Property(l => l.SignatoryTitle).HasColumnName("signatory_title").HasMaxLength(200);
        e.Ignore(l => l.Paragraphs);
        e.Ignore(l => l.Wording);
        e.HasOne<ServiceCase>().WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(l => l.Reference).IsUnique();
        e.HasIndex(l => new { l.CaseId, l.IssuedAt });
    }
}
