using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DomatAljandal.Host.Features.Departments;

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> e)
    {
        e.ToTable("departments");
        e.HasKey(d => d.Id);
        e.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        e.Property(d => d.Code).HasColumnName("code").HasMaxLength(Department.MaxCodeLength);
        e.Property(d => d.NameAr).HasColumnName("name_ar").HasMaxLength(Department.MaxNameLength);
        e.Property(d => d.NameEn).HasColumnName("name_en").HasMaxLength(Department.MaxNameLength);
        e.Property(d => d.IsActive).HasColumnName("is_active");
        e.HasIndex(d => d.Code).IsUnique();
    }
}

public sealed class DepartmentStaffConfiguration : IEntityTypeConfiguration<DepartmentStaff>
{
    public void Configure(EntityTypeBuilder<DepartmentStaff> e)
    {
        e.ToTable("department_staff");
        e.HasKey(s => new { s.DepartmentId, s.UserId });
        e.Property(s => s.DepartmentId).HasColumnName("department_id");
        e.Property(s => s.UserId).HasColumnName("user_id").HasMaxLength(450);
        e.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(s => s.UserId);
    }
}

public sealed class DepartmentServiceTypeConfiguration : IEntityTypeConfiguration<DepartmentServiceType>
{
    public void Configure(EntityTypeBuilder<DepartmentServiceType> e)
    {
        e.ToTable("department_service_types");
        e.HasKey(s => s.ServiceTypeCode);
        e.Property(s => s.ServiceTypeCode).HasColumnName("service_type_code").HasMaxLength(ServiceType.MaxCodeLength);
        e.Property(s => s.DepartmentId).HasColumnName("department_id");
        e.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(s => s.DepartmentId);
    }
}

public sealed class StageDepartmentConfiguration : IEntityTypeConfiguration<StageDepartment>
{
    public void Configure(EntityTypeBuilder<StageDepartment> e)
    {
        e.ToTable("stage_departments");
        e.HasKey(s => new { s.WorkflowDefinitionId, s.StageId });
        e.Property(s => s.WorkflowDefinitionId).HasColumnName("workflow_definition_id").HasMaxLength(200);
        e.Property(s => s.StageId).HasColumnName("stage_id").HasMaxLength(ServiceCase.MaxStageLength);
        e.Property(s => s.DepartmentId).HasColumnName("department_id");
        e.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(s => s.DepartmentId);
    }
}
