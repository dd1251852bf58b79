using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Privacy;

public sealed class PrivacyNoticeConfiguration : IEntityTypeConfiguration<PrivacyNotice>
{
    public void Configure(EntityTypeBuilder<PrivacyNotice> e)
    {
        e.ToTable("privacy_notices");
        e.HasKey(n => n.Version);
        e.Property(n => n.Version).HasColumnName("version").ValueGeneratedNever();
        e.Property(n => n.TextAr).HasColumnName("text_ar").HasMaxLength(PrivacyNotice.MaxTextLength);
        e.Property(n => n.TextEn).HasColumnName("text_en").HasMaxLength(PrivacyNotice.MaxTextLength);
        e.Property(n => n.PublishedAt).HasColumnName("published_at").HasConversion(StoredTimes.Utc);
        e.Property(n => n.PublishedBy).HasColumnName("published_by").HasMaxLength(256);
    }
}
