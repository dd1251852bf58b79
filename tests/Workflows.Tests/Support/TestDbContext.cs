using DomatAljandal.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Workflows.Tests.Support;

/// <summary>Stands in for the host's DbContext: only the engine's model.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyWorkflowModel();
}
