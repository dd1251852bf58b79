using DomatAljandal.Host.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Surveys;

public sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> e)
    {
        e.ToTable("survey_questions");
        e.HasKey(q => q.Id);
        e.Property(q => q.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(q => q.ServiceTypeCode).HasColumnName("service_type_code").HasMaxLength(64);
        e.Property(q => q.Position).HasColumnName("position");
        e.Property(q => q.TextAr).HasColumnName("text_ar").HasMaxLength(SurveyQuestion.MaxTextLength);
        e.Property(q => q.TextEn).HasColumnName("text_en").HasMaxLength(SurveyQuestion.MaxTextLength);
        e.Ignore(q => q.LowScoreReasons);
        e.Property<List<SurveyReason>>("_lowScoreReasons").HasColumnName("low_score_reasons")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(JsonListColumn.Converter<SurveyReason>(), JsonListColumn.Comparer<SurveyReason>());
        e.HasIndex(q => new { q.ServiceTypeCode, q.Position }).IsUnique();
    }
}
