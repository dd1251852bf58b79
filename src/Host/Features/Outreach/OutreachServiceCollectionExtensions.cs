using DomatAljandal.Host.Features.Outreach.Announcements;
using DomatAljandal.Host.Features.Outreach.Reminders;

namespace DomatAljandal.Host.Features.Outreach;

public static class OutreachServiceCollectionExtensions
{
    /// <summary>Documents, answers, announcements and reminders; the sweep that sends what is due (section <c>Outreach</c>).</summary>
    public static IServiceCollection AddOutreach(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutreachOptions>().Bind(configuration.GetSection(OutreachOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ReminderRules>();
        services.AddScoped<AnnouncementSender>();
        services.AddScoped<OutreachDueWork>();
        services.AddHostedService<OutreachSweep>();
        return services;
    }
}
