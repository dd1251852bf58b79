using DomatAljandal.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Calendar;

public sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> builder)
    {
        builder.ToTable("holidays");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.NameAr).HasMaxLength(Holiday.MaxNameLength).IsRequired();
        builder.Property(h => h.NameEn).HasMaxLength(Holiday.MaxNameLength);
        builder.Property(h => h.EnteredIn).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(h => h.LastDay);
        builder.HasIndex(h => h.FirstDay);
    }
}
