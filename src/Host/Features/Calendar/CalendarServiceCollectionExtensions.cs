using DomatAljandal.Workflows.Scheduling;

namespace DomatAljandal.Host.Features.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>The work week (section <c>Calendar</c>) and the engine's working calendar of the society.</summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendarOptions>().Bind(configuration.GetSection(CalendarOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IWorkingCalendar, SocietyCalendar>();
        return services;
    }
}
