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
