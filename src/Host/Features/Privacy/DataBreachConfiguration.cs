using DomatAljandal.Domain.Privacy;
using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Privacy;

public sealed class DataBreachConfiguration : IEntityTypeConfiguration<DataBreach>
{
    public void Configure(EntityTypeBuilder<DataBreach> e)
    {
        e.ToTable("data_breaches");
        e.HasKey(b => b.Id);
        e.Property(b => b.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(b => b.Description).HasColumnName("description").HasMaxLength(4000);
        e.Property(b => b.DiscoveredAt).HasColumnName("discovered_at").HasConversion(StoredTimes.Utc);
        e.Property(b => b.RecordedAt).HasColumnName("recorded_at").HasConversion(StoredTimes.Utc);
        e.Property(b => b.RecordedBy).HasColumnName("recorded_by").HasMaxLength(256);
        e.PrimitiveCollection(b => b.AffectedMemberIds).HasColumnName("affected_member_ids");
        e.Property(b => b.ActionsTaken).HasColumnName("actions_taken").HasMaxLength(4000);
        e.Property(b => b.AuthorityNotifiedAt).HasColumnName("authority_notified_at").HasConversion(StoredTimes.NullableUtc);
        e.Ignore(b => b.NoticeDueAt);
        e.HasIndex(b => b.DiscoveredAt);
    }
}
