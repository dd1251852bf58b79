using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Volunteering;

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
        e.HasIndex(h => h.LoggedAt); // the staff's list of hours, newest first
    }
}
