using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Portal.Account;

public sealed class PortalCodeConfiguration : IEntityTypeConfiguration<PortalCode>
{
    public void Configure(EntityTypeBuilder<PortalCode> e)
    {
        e.ToTable("portal_codes");
        e.HasKey(c => c.Id);
        e.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(c => c.Purpose).HasColumnName("purpose").HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.MemberId).HasColumnName("member_id");
        e.Property(c => c.UserId).HasColumnName("user_id").HasMaxLength(450);
        e.Property(c => c.CaseId).HasColumnName("case_id");
        e.Property(c => c.NewMobile).HasColumnName("new_mobile").HasMaxLength(13);
        e.Property(c => c.NewEmail).HasColumnName("new_email").HasMaxLength(254);
        e.Property(c => c.Salt).HasColumnName("salt").HasMaxLength(64);
        e.Property(c => c.Hash).HasColumnName("hash").HasMaxLength(64);
        e.Property(c => c.CreatedAt).HasColumnName("created_at").HasConversion(StoredTimes.Utc);
        e.Property(c => c.ExpiresAt).HasColumnName("expires_at").HasConversion(StoredTimes.Utc);
        e.Property(c => c.FailedAttempts).HasColumnName("failed_attempts");
        e.Property(c => c.UsedAt).HasColumnName("used_at").HasConversion(StoredTimes.NullableUtc);
        e.Ignore(c => c.AttemptsLeft);
        e.HasIndex(c => new { c.MemberId, c.Purpose, c.CreatedAt });
    }
}
