using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Surveys;

public sealed class SurveySettingsConfiguration : IEntityTypeConfiguration<SurveySettings>
{
    public void Configure(EntityTypeBuilder<SurveySettings> e)
    {
        e.ToTable("survey_settings");
        e.HasKey(s => s.ServiceTypeCode);
        e.Property(s => s.ServiceTypeCode).HasColumnName("service_type_code").HasMaxLength(64);
        e.Property(s => s.AllowsComment).HasColumnName("allows_comment");
    }
}
