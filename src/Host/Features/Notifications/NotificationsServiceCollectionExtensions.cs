using DomatAljandal.Host.Features.Templates;

namespace DomatAljandal.Host.Features.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// The outbox, the templates, the email (SMTP) and SMS (HTTP) gateways and the background sender, configured
    /// from the <c>Smtp</c>, <c>Sms</c> and <c>Outbox</c> sections.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmsOptions>().Bind(configuration.GetSection(SmsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<NotificationTemplates>();
        services.AddScoped<TemplateWordings>();
        services.AddScoped<INotificationOutbox, NotificationOutbox>();
        services.AddScoped<IMemberNotifier, MemberNotifier>();

        services.AddSingleton<IEmailGateway, SmtpEmailGateway>();
        services.AddHttpClient<ISmsGateway, HttpSmsGateway>((sp, client) =>
            client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SmsOptions>>().Value.TimeoutSeconds));

        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutboxDispatcher>(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
