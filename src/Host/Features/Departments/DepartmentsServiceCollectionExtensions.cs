using DomatAljandal.Host.Persistence;

namespace DomatAljandal.Host.Features.Departments;

public static class DepartmentsServiceCollectionExtensions
{
    /// <summary>The department directory, and the seeding of the first department (after the service catalog's).</summary>
    public static IServiceCollection AddDepartments(this IServiceCollection services)
    {
        services.AddScoped<IDepartmentDirectory, DepartmentDirectory>();
        services.AddScoped<IStartupSeeder, DepartmentSeeder>();
        return services;
    }
}
