using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Portal.Account;

public sealed class PendingPortalRegistrationConfiguration : IEntityTypeConfiguration<PendingPortalRegistration>
{
    public void Configure(EntityTypeBuilder<PendingPortalRegistration> e)
    {
        e.ToTable("pending_portal_registrations");
        e.HasKey(r => r.Id);
        e.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(r => r.UserId).HasColumnName("user_id").HasMaxLength(450);
        e.Property(r => r.FirstName).HasColumnName("first_name").HasMaxLength(40);
        e.Property(r => r.FatherName).HasColumnName("father_name").HasMaxLength(40);
        e.Property(r => r.GrandfatherName).HasColumnName("grandfather_name").HasMaxLength(40);
        e.Property(r => r.FamilyName).HasColumnName("family_name").HasMaxLength(40);
        e.Property(r => r.NationalId).HasColumnName("national_id").HasMaxLength(10);
        e.Property(r => r.Mobile).HasColumnName("mobile").HasMaxLength(13);
        e.Property(r => r.Email).HasColumnName("email").HasMaxLength(254);
        e.Property(r => r.City).HasColumnName("city").HasMaxLength(100);
        e.Property(r => r.ConsentToContact).HasColumnName("consent_to_contact");
        e.Property(r => r.ConsentToDataProcessing).HasColumnName("consent_to_data_processing");
        e.Property(r => r.PrivacyNoticeVersion).HasColumnName("privacy_notice_version");
        e.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.SubmittedAt).HasColumnName("submitted_at").HasConversion(StoredTimes.Utc);
        e.Property(r => r.DecidedAt).HasColumnName("decided_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(r => r.DecidedBy).HasColumnName("decided_by").HasMaxLength(256);
        e.Property(r => r.RejectionReason).HasColumnName("rejection_reason").HasMaxLength(1000);
        e.Property(r => r.MemberId).HasColumnName("member_id");
        e.Ignore(r => r.FullName);
        e.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(r => r.UserId).IsUnique();
        e.HasIndex(r => new { r.Status, r.SubmittedAt });
    }
}
