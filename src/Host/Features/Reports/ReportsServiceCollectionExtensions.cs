namespace DomatAljandal.Host.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The managers' reports: the scope of cases a report covers, and the weekly summary (sent by the follow-through sweep). (MediatR handlers are found by AddMediator.)</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ReportScope>();
        services.AddSingleton<ReportCache>();
        services.AddScoped<WeeklySummary>();
        return services;
    }
}
