using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Cases.Persistence;

public sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> e)
    {
        e.ToTable("reference_counters");
        e.HasKey(c => new { c.Scope, c.HijriYear });
        e.Property(c => c.Scope).HasColumnName("scope").HasMaxLength(20);
        e.Property(c => c.HijriYear).HasColumnName("hijri_year");
        e.Property(c => c.LastValue).HasColumnName("last_value");
    }
}
