using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Surveys;

public sealed class SurveyFollowUpConfiguration : IEntityTypeConfiguration<SurveyFollowUp>
{
    public void Configure(EntityTypeBuilder<SurveyFollowUp> e)
    {
        e.ToTable("survey_follow_ups");
        e.HasKey(f => f.Id);
        e.Property(f => f.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(f => f.AnswerId).HasColumnName("answer_id");
        e.Property(f => f.DepartmentId).HasColumnName("department_id");
        e.Property(f => f.ServiceTypeCode).HasColumnName("service_type_code").HasMaxLength(64);
        e.Property(f => f.MemberId).HasColumnName("member_id");
        e.Property(f => f.CaseId).HasColumnName("case_id");
        e.Property(f => f.OpenedAt).HasColumnName("opened_at").HasConversion(StoredTimes.Utc);
        e.Property(f => f.DueAt).HasColumnName("due_at").HasConversion(StoredTimes.Utc);
        e.Property(f => f.ClosedAt).HasColumnName("closed_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(f => f.ClosedBy).HasColumnName("closed_by").HasMaxLength(256);
        e.Property(f => f.ActionTaken).HasColumnName("action_taken").HasMaxLength(SurveyFollowUp.MaxActionLength);
        e.Ignore(f => f.IsClosed);
        e.HasOne<SurveyAnswer>().WithMany().HasForeignKey(f => f.AnswerId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(f => f.AnswerId).IsUnique();
        e.HasIndex(f => new { f.ClosedAt, f.DueAt });
    }
}
