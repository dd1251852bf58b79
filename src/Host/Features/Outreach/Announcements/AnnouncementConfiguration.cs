using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Outreach.Announcements;

public sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> e)
    {
        e.ToTable("announcements");
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(a => a.Text).HasColumnName("text").HasMaxLength(Announcement.MaxTextLength);
        e.Property(a => a.TextEn).HasColumnName("text_en").HasMaxLength(Announcement.MaxTextLength);
        e.Property(a => a.Segment).HasColumnName("segment").HasMaxLength(2000);
        e.Property(a => a.ScheduledAt).HasColumnName("scheduled_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(a => a.CreatedBy).HasColumnName("created_by").HasMaxLength(256);
        e.Property(a => a.CreatedAt).HasColumnName("created_at").HasConversion(StoredTimes.Utc);
        e.Property(a => a.SentAt).HasColumnName("sent_at").HasConversion(StoredTimes.NullableUtc);
        e.HasIndex(a => new { a.SentAt, a.ScheduledAt });
        e.HasIndex(a => a.CreatedAt);
    }
}

public sealed class AnnouncementDeliveryConfiguration : IEntityTypeConfiguration<AnnouncementDelivery>
{
    public void Configure(EntityTypeBuilder<AnnouncementDelivery> e)
    {
        e.ToTable("announcement_deliveries");
        e.HasKey(d => d.Id);
        e.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(d => d.AnnouncementId).HasColumnName("announcement_id");
        e.Property(d => d.MemberId).HasColumnName("member_id");
        e.Property(d => d.Channel).HasColumnName("channel").HasConversion<string>().HasMaxLength(10);
        e.Property(d => d.DeduplicationKey).HasColumnName("deduplication_key").HasMaxLength(200);
        e.Property(d => d.QueuedAt).HasColumnName("queued_at").HasConversion(StoredTimes.Utc);
        e.HasOne<Announcement>().WithMany().HasForeignKey(d => d.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Member>().WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(d => new { d.AnnouncementId, d.MemberId }).IsUnique();
        e.HasIndex(d => new { d.MemberId, d.QueuedAt });
    }
}
