using DomatAljandal.Domain.Members;
using DomatAljandal.Domain.Privacy;
using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Privacy;

public sealed class DataSubjectRequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequest> e)
    {
        e.ToTable("data_subject_requests");
        e.HasKey(r => r.Id);
        e.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(r => r.MemberId).HasColumnName("member_id");
        e.Property(r => r.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Channel).HasColumnName("channel").HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Details).HasColumnName("details").HasMaxLength(2000);
        e.Property(r => r.OpenedBy).HasColumnName("opened_by").HasMaxLength(256);
        e.Property(r => r.OpenedAt).HasColumnName("opened_at").HasConversion(StoredTimes.Utc);
        e.Property(r => r.DueAt).HasColumnName("due_at").HasConversion(StoredTimes.Utc);
        e.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.ExtensionReason).HasColumnName("extension_reason").HasMaxLength(1000);
        e.Property(r => r.ExtendedAt).HasColumnName("extended_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(r => r.CompletedAt).HasColumnName("completed_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(r => r.CompletedBy).HasColumnName("completed_by").HasMaxLength(256);
        e.Property(r => r.Outcome).HasColumnName("outcome").HasMaxLength(4000);
        e.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(r => new { r.Status, r.DueAt });
        e.HasIndex(r => r.MemberId);
    }
}
