using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Outreach.Documents;

public sealed class SocietyDocumentConfiguration : IEntityTypeConfiguration<SocietyDocument>
{
    public void Configure(EntityTypeBuilder<SocietyDocument> e)
    {
        e.ToTable("society_documents");
        e.HasKey(d => d.Id);
        e.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(d => d.Title).HasColumnName("title").HasMaxLength(SocietyDocument.MaxTitleLength);
        e.Property(d => d.TitleEn).HasColumnName("title_en").HasMaxLength(SocietyDocument.MaxTitleLength);
        e.Property(d => d.Category).HasColumnName("category").HasConversion<string>().HasMaxLength(30);
        e.Property(d => d.Audience).HasColumnName("audience").HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.CreatedBy).HasColumnName("created_by").HasMaxLength(256);
        e.Property(d => d.CreatedAt).HasColumnName("created_at").HasConversion(StoredTimes.Utc);
        e.Ignore(d => d.Current);
        e.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(d => d.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasIndex(d => new { d.Audience, d.Category });
    }
}

public sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> e)
    {
        e.ToTable("document_versions");
        e.HasKey(v => v.Id);
        e.Property(v => v.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(v => v.DocumentId).HasColumnName("document_id");
        e.Property(v => v.Number).HasColumnName("number");
        e.Property(v => v.EffectiveOn).HasColumnName("effective_on");
        e.Property(v => v.Notes).HasColumnName("notes").HasMaxLength(1000);
        e.Property(v => v.UploadedBy).HasColumnName("uploaded_by").HasMaxLength(256);
        e.Property(v => v.UploadedAt).HasColumnName("uploaded_at").HasConversion(StoredTimes.Utc);
        e.OwnsOne(v => v.File, f => Map(f, "file"));
        e.Navigation(v => v.File).IsRequired();
        e.OwnsOne(v => v.EnglishFile, f => Map(f, "file_en"));
        e.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
    }

    private static void Map(OwnedNavigationBuilder<DocumentVersion, DocumentFile> f, string prefix)
    {
        f.Property(x => x.StorageKey).HasColumnName($"{prefix}_storage_key").HasMaxLength(100);
        f.Property(x => x.FileName).HasColumnName($"{prefix}_name").HasMaxLength(255);
        f.Property(x => x.ContentType).HasColumnName($"{prefix}_content_type").HasMaxLength(100);
        f.Property(x => x.SizeBytes).HasColumnName($"{prefix}_size_bytes");
    }
}

public sealed class DocumentCirculationConfiguration : IEntityTypeConfiguration<DocumentCirculation>
{
    public void Configure(EntityTypeBuilder<DocumentCirculation> e)
    {
        e.ToTable("document_circulations");
        e.HasKey(c => c.Id);
        e.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(c => c.DocumentId).HasColumnName("document_id");
        e.Property(c => c.VersionId).HasColumnName("version_id");
        e.Property(c => c.VersionNumber).HasColumnName("version_number");
        e.Property(c => c.Roles).HasColumnName("roles").HasMaxLength(500);
        e.Property(c => c.Departments).HasColumnName("departments").HasMaxLength(2000);
        e.Property(c => c.Segment).HasColumnName("segment").HasMaxLength(2000);
        e.Property(c => c.CirculatedBy).HasColumnName("circulated_by").HasMaxLength(256);
        e.Property(c => c.CirculatedAt).HasColumnName("circulated_at").HasConversion(StoredTimes.Utc);
        e.Property(c => c.RemindAt).HasColumnName("remind_at").HasConversion(StoredTimes.Utc);
        e.HasOne<SocietyDocument>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<DocumentVersion>().WithMany().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(c => new { c.DocumentId, c.CirculatedAt });
        e.HasIndex(c => c.RemindAt);
    }
}

public sealed class CirculationRecipientConfiguration : IEntityTypeConfiguration<CirculationRecipient>
{
    public void Configure(EntityTypeBuilder<CirculationRecipient> e)
    {
        e.ToTable("circulation_recipients");
        e.HasKey(r => r.Id);
        e.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(r => r.CirculationId).HasColumnName("circulation_id");
        e.Property(r => r.UserId).HasColumnName("user_id").HasMaxLength(450);
        e.Property(r => r.MemberId).HasColumnName("member_id");
        e.Property(r => r.Name).HasColumnName("name").HasMaxLength(256);
        e.Property(r => r.AcknowledgedAt).HasColumnName("acknowledged_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(r => r.RemindedAt).HasColumnName("reminded_at").HasConversion(StoredTimes.NullableUtc);
        e.HasOne<DocumentCirculation>().WithMany().HasForeignKey(r => r.CirculationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(r => new { r.CirculationId, r.UserId }).IsUnique();
        e.HasIndex(r => new { r.CirculationId, r.MemberId }).IsUnique();
        e.HasIndex(r => r.UserId);
        e.HasIndex(r => r.MemberId);
    }
}
