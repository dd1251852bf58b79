namespace DomatAljandal.Host.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The managers' reports: the scope of cases a report covers. (MediatR handlers are found by AddMediator.)</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ReportScope>();
        return services;
    }
}
