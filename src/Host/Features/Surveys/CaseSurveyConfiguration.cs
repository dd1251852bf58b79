using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Surveys;

public sealed class CaseSurveyConfiguration : IEntityTypeConfiguration<CaseSurvey>
{
    public void Configure(EntityTypeBuilder<CaseSurvey> e)
    {
        e.ToTable("case_surveys");
        e.HasKey(s => s.Id);
        e.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(s => s.CaseId).HasColumnName("case_id");
        e.Property(s => s.MemberId).HasColumnName("member_id");
        e.Property(s => s.ServiceTypeCode).HasColumnName("service_type_code").HasMaxLength(64);
        e.Property(s => s.Stage).HasColumnName("stage").HasMaxLength(ServiceCase.MaxStageLength);
        e.Property(s => s.ClosedAs).HasColumnName("closed_as").HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.CreatedAt).HasColumnName("created_at").HasConversion(StoredTimes.Utc);
        e.Property(s => s.ClosesAt).HasColumnName("closes_at").HasConversion(StoredTimes.Utc);
        e.Property(s => s.SentAt).HasColumnName("sent_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(s => s.RemindedAt).HasColumnName("reminded_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(s => s.AnsweredAt).HasColumnName("answered_at").HasConversion(StoredTimes.NullableUtc);
        e.Ignore(s => s.IsAnswered);
        e.HasOne<ServiceCase>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        // One survey per case, whichever way it closed.
        e.HasIndex(s => s.CaseId).IsUnique();
        e.HasIndex(s => new { s.MemberId, s.AnsweredAt, s.ClosesAt });
        e.HasIndex(s => new { s.AnsweredAt, s.SentAt, s.RemindedAt });
    }
}
