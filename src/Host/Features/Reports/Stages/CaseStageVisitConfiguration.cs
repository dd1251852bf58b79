using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Reports.Stages;

/// <summary>
/// <c>case_stage_visits</c>: the report reads visits by when they ended (left_at, or the case's closing for the last one)
/// and a case's open visit is found by (case_id, left_at).
/// </summary>
public sealed class CaseStageVisitConfiguration : IEntityTypeConfiguration<CaseStageVisit>
{
    public void Configure(EntityTypeBuilder<CaseStageVisit> e)
    {
        e.ToTable("case_stage_visits");
        e.HasKey(v => v.Id);
        e.Property(v => v.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(v => v.CaseId).HasColumnName("case_id");
        e.Property(v => v.StageId).HasColumnName("stage_id").HasMaxLength(ServiceCase.MaxStageLength);
        e.Property(v => v.DefinitionId).HasColumnName("definition_id").HasMaxLength(200);
        e.Property(v => v.Version).HasColumnName("version");
        e.Property(v => v.EnteredAt).HasColumnName("entered_at").HasConversion(StoredTimes.Utc);
        e.Property(v => v.LeftAt).HasColumnName("left_at").HasConversion(StoredTimes.NullableUtc);
        e.Property(v => v.TasksWithDeadline).HasColumnName("tasks_with_deadline");
        e.Property(v => v.TasksWithinDeadline).HasColumnName("tasks_within_deadline");
        e.HasOne<ServiceCase>().WithMany().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(v => new { v.CaseId, v.LeftAt });
        e.HasIndex(v => v.LeftAt);
    }
}
