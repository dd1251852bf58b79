using DomatAljandal.Host.Features.Cases.Attachments;
using DomatAljandal.Host.Features.Cases.Letters;
using DomatAljandal.Host.Features.Cases.Persistence;
using DomatAljandal.Host.Features.Cases.Tasks;
using DomatAljandal.Host.Features.Cases.Workflow;
using DomatAljandal.Host.Features.ServiceCatalog;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases;

public static class CasesServiceCollectionExtensions
{
    /// <summary>
    /// Cases and the service catalog: the workflow's case actions and notifications, reference numbers, attachment
    /// storage, the catalog seeder; options from the <c>Cases</c> section. (MediatR handlers are found by AddMediator.)
    /// </summary>
    public static IServiceCollection AddCases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CaseOptions>().Bind(configuration.GetSection(CaseOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        // Managers and admins may give back a task a colleague claimed.
        services.Configure<WorkflowEngineOptions>(o => o.TaskSupervisorRoles = [Roles.Manager, Roles.Admin]);
        services.AddScoped<CaseLookup>();
        services.AddScoped<CaseWrites>();
        services.AddScoped<ReferenceNumbers>();
        services.AddScoped<CaseNotices>();
        services.AddScoped<LetterIssuer>();
        services.AddSingleton<LetterNumbering>();
        services.ConfigureDbContext<SqliteAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<LetterNumbering>()));
        services.ConfigureDbContext<PostgresAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<LetterNumbering>()));
        services.AddScoped<OpenTasks>();
        services.AddScoped<ProcedureDefinitions>();
        services.AddScoped<ICaseAction, AwaitMemberAction>();
        services.AddScoped<ICaseAction, RecordDecisionAction>();
        services.AddScoped<ICaseAction, CompleteCaseAction>();
        services.AddScoped<ICaseAction, RejectCaseAction>();
        services.AddScoped<ICaseAction, LegacySetStepAction>();

        services.AddSingleton<IAttachmentStorage, FileAttachmentStorage>();
        services.AddScoped<AttachmentIntake>();

        services.AddScoped<IStartupSeeder, ServiceCatalogSeeder>();
        return services;
    }
}
