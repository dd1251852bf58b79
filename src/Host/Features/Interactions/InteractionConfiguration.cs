using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Interactions;

/// <summary><c>interactions</c>: read per member, newest first, so indexed on (member_id, at).</summary>
public sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> e)
    {
        e.ToTable("interactions");
        e.HasKey(i => i.Id);
        e.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(i => i.MemberId).HasColumnName("member_id");
        e.Property(i => i.Channel).HasColumnName("channel");
        e.Property(i => i.Direction).HasColumnName("direction");
        e.Property(i => i.Subject).HasColumnName("subject").HasMaxLength(Interaction.MaxSubjectLength);
        e.Property(i => i.Summary).HasColumnName("summary").HasMaxLength(Interaction.MaxSummaryLength);
        e.Property(i => i.CaseId).HasColumnName("case_id");
        e.Property(i => i.IncomingReference).HasColumnName("incoming_reference").HasMaxLength(30);
        e.Property(i => i.RecordedBy).HasColumnName("recorded_by").HasMaxLength(256);
        e.Property(i => i.At).HasColumnName("at").HasConversion(StoredTimes.Utc);
        e.Ignore(i => i.IsIncomingLetter);

        e.HasOne<Member>().WithMany().HasForeignKey(i => i.MemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ServiceCase>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(i => new { i.MemberId, i.At });
        e.HasIndex(i => i.CaseId);
        e.HasIndex(i => i.IncomingReference).IsUnique();
    }
}
