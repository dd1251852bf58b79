using DomatAljandal.Host.Identity;
using DomatAljandal.Workflows.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Persistence;

/// <summary>
/// The one unit of work of the service: identity, data-protection keys, the workflow engine's tables and the
/// society's records share it, so a case change, its workflow transition and its outbox rows commit together.
/// Provider-specific subclasses exist only so each provider has its own migrations.
/// </summary>
public abstract class AppDbContext : IdentityDbContext<AppUser, IdentityRole, string>, IDataProtectionKeyContext
{
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyWorkflowModel();
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
