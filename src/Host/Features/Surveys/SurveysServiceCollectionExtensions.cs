using DomatAljandal.Host.Features.Feedback;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Surveys;

public static class SurveysServiceCollectionExtensions
{
    /// <summary>
    /// Satisfaction surveys and the follow-through of complaints (section <c>Surveys</c>, <c>Feedback</c>): the survey
    /// opened with every closing case (<see cref="SurveyOpener"/> on both providers' contexts), the sweep that sends and
    /// reminds and escalates (<see cref="FollowThroughScheduler"/>).
    /// </summary>
    public static IServiceCollection AddSurveys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SurveyOptions>().Bind(configuration.GetSection(SurveyOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FeedbackOptions>().Bind(configuration.GetSection(FeedbackOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SurveyOpener>();
        services.ConfigureDbContext<SqliteAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<SurveyOpener>()));
        services.ConfigureDbContext<PostgresAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<SurveyOpener>()));
        services.AddScoped<SurveyQuestionnaire>();
        services.AddScoped<SurveySweep>();
        services.AddScoped<FeedbackDeadlines>();
        services.AddScoped<FeedbackIntake>();
        services.AddScoped<FeedbackEscalation>();
        services.AddHostedService<FollowThroughScheduler>();
        return services;
    }
}
