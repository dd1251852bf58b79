using DomatAljandal.Host.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Surveys;

/// <summary>No foreign key to the survey, member or case: an anonymous answer has none, and a named one must not be deleted with them either.</summary>
public sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> e)
    {
        e.ToTable("survey_answers");
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(a => a.SurveyId).HasColumnName("survey_id");
        e.Property(a => a.CaseId).HasColumnName("case_id");
        e.Property(a => a.MemberId).HasColumnName("member_id");
        e.Property(a => a.Anonymous).HasColumnName("anonymous");
        e.Property(a => a.ServiceTypeCode).HasColumnName("service_type_code").HasMaxLength(64);
        e.Property(a => a.Stage).HasColumnName("stage").HasMaxLength(200);
        e.Ignore(a => a.Stages);
        e.Property<List<string>>("_stages").HasColumnName("stages")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonListColumn.Converter<string>(), JsonListColumn.Comparer<string>());
        e.Property(a => a.DepartmentId).HasColumnName("department_id");
        e.Property(a => a.Channel).HasColumnName("channel").HasConversion<string>().HasMaxLength(30);
        e.Property(a => a.Month).HasColumnName("month");
        e.Property(a => a.AnsweredAt).HasColumnName("answered_at").HasConversion(Cases.Persistence.StoredTimes.NullableUtc);
        e.Property(a => a.RecordedBy).HasColumnName("recorded_by").HasMaxLength(256);
        e.Ignore(a => a.Scores);
        e.Property<List<QuestionScore>>("_scores").HasColumnName("scores")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonListColumn.Converter<QuestionScore>(), JsonListColumn.Comparer<QuestionScore>());
        e.Property(a => a.Score).HasColumnName("score").HasPrecision(4, 2);
        e.Property(a => a.LowestScore).HasColumnName("lowest_score");
        e.Property(a => a.Comment).HasColumnName("comment").HasMaxLength(SurveyAnswer.MaxCommentLength);
        e.Ignore(a => a.IsSatisfied);
        e.Ignore(a => a.NeedsFollowUp);
        e.HasIndex(a => a.SurveyId).IsUnique();
        e.HasIndex(a => a.Month);
        e.HasIndex(a => a.MemberId);
    }
}
