using DomatAljandal.Host.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Portal.Account;

/// <summary>One portal account per member: the database refuses a second account linked to the same member record.</summary>
public sealed class PortalAccountConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> e) => e.HasIndex(u => u.MemberId).IsUnique();
}
