using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Volunteering;

public sealed class VolunteerOpportunityConfiguration : IEntityTypeConfiguration<VolunteerOpportunity>
{
    public void Configure(EntityTypeBuilder<VolunteerOpportunity> e)
    {
        e.ToTable("volunteer_opportunities");
        e.HasKey(o => o.Id);
        e.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(o => o.TitleAr).HasColumnName("title_ar").HasMaxLength(200);
        e.Property(o => o.TitleEn).HasColumnName("title_en").HasMaxLength(200);
        e.Property(o => o.Description).HasColumnName("description").HasMaxLength(4000);
        e.Property(o => o.Location).HasColumnName("location").HasMaxLength(200);
        e.Property(o => o.StartsOn).HasColumnName("starts_on");
        e.Property(o => o.EndsOn).HasColumnName("ends_on");
        e.Property(o => o.Slots).HasColumnName("slots");
        e.Property(o => o.IsOpen).HasColumnName("is_open");
        e.Property(o => o.CreatedAt).HasColumnName("created_at").HasConversion(StoredTimes.Utc);
        e.Property(o => o.CreatedBy).HasColumnName("created_by").HasMaxLength(256);
        e.HasIndex(o => new { o.IsOpen, o.StartsOn });
    }
}

public sealed class VolunteerSignupConfiguration : IEntityTypeConfiguration<VolunteerSignup>
{
    public void Configure(EntityTypeBuilder<VolunteerSignup> e)
    {
        e.ToTable("volunteer_signups");
        e.HasKey(s => s.Id);
        e.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(s => s.OpportunityId).HasColumnName("opportunity_id");
        e.Property(s => s.MemberId).HasColumnName("member_id");
        e.Property(s => s.SignedUpAt).HasColumnName("signed_up_at").HasConversion(StoredTimes.Utc);
        e.HasOne<VolunteerOpportunity>().WithMany().HasForeignKey(s => s.OpportunityId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(s => new { s.OpportunityId, s.MemberId }).IsUnique();
        e.HasIndex(s => s.MemberId);
    }
}

public sealed class VolunteerHoursConfiguration : IEntityTypeConfiguration<VolunteerHours>
{
    public void Configure(EntityTypeBuilder<VolunteerHours> e)
    {
        e.ToTable("volunteer_hours");
        e.HasKey(h => h.Id);
        e.Property(h => h.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(h => h.MemberId).HasColumnName("member_id");
        e.Property(h => h.OpportunityId).HasColumnName("opportunity_id");
        e.Property(h => h.WorkedOn).HasColumnName("worked_on");
        e.Property(h => h.Hours).HasColumnName("hours").HasPrecision(5, 2);
        e.Property(h => h.Description).HasColumnName("description").HasMaxLength(1000);
        e.Property(h => h.LoggedBy).HasColumnName("logged_by").HasMaxLength(256);
        e.Property(h => h.LoggedAt).HasColumnName("logged_at").HasConversion(StoredTimes.Utc);
        e.Property(h => h.ApprovedBy).HasColumnName("approved_by").HasMaxLength(256);
        e.Property(h => h.ApprovedAt).HasColumnName("approved_at").HasConversion(StoredTimes.NullableUtc);
        e.Ignore(h => h.IsApproved);
        e.HasOne<Member>().WithMany().HasForeignKey(h => h.MemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<VolunteerOpportunity>().WithMany().HasForeignKey(h => h.OpportunityId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(h => new { h.MemberId, h.WorkedOn });
    }
}
