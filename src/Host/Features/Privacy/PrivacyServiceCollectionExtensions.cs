using DomatAljandal.Host.Persistence;

namespace DomatAljandal.Host.Features.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Personal data protection: retention periods (validated at start), the erasure, the first privacy notice.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MemberErasure>();
        services.AddScoped<MediatR.IPipelineBehavior<Members.Search.SearchMembers.Query, Infrastructure.Paged<Members.Search.SearchMembers.MemberSearchHit>>, MemberSearchAudit>();
        services.AddScoped<IStartupSeeder, PrivacyNoticeSeeder>();
        return services;
    }
}
