using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Volunteering;

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
