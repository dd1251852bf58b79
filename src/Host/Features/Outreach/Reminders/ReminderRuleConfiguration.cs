using DomatAljandal.Host.Features.Cases.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Outreach.Reminders;

public sealed class ReminderRuleConfiguration : IEntityTypeConfiguration<ReminderRule>
{
    public void Configure(EntityTypeBuilder<ReminderRule> e)
    {
        e.ToTable("reminder_rules");
        e.HasKey(r => r.Kind);
        e.Property(r => r.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(40);
        e.Property(r => r.Enabled).HasColumnName("enabled");
        e.Property(r => r.Days).HasColumnName("days");
        e.Property(r => r.UpdatedBy).HasColumnName("updated_by").HasMaxLength(256);
        e.Property(r => r.UpdatedAt).HasColumnName("updated_at").HasConversion(StoredTimes.NullableUtc);
        e.Ignore(r => r.TemplateKey);
    }
}
