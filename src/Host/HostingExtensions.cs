using DomatAljandal.Host.Components;
using DomatAljandal.Host.Features.Account;
using DomatAljandal.Host.Features.Audit;
using DomatAljandal.Host.Features.Calendar;
using DomatAljandal.Host.Features.Departments;
using DomatAljandal.Host.Features.Cases;
using DomatAljandal.Host.Features.Designer;
using DomatAljandal.Host.Features.Feedback;
using DomatAljandal.Host.Features.Interactions;
using DomatAljandal.Host.Features.Members;
using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Features.Operations;
using DomatAljandal.Host.Features.Outreach;
using DomatAljandal.Host.Features.Portal;
using DomatAljandal.Host.Features.Reports;
using DomatAljandal.Host.Features.Privacy;
using DomatAljandal.Host.Features.ServiceCatalog;
using DomatAljandal.Host.Features.Surveys;
using DomatAljandal.Host.Features.Templates;
using DomatAljandal.Host.Features.Users;
using DomatAljandal.Host.Features.Volunteering;
using DomatAljandal.Host.Features.Workflows;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Localization;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows;
using DomatAljandal.Workflows.Definitions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using Scalar.AspNetCore;
using Serilog;

namespace DomatAljandal.Host;

/// <summary>The service's wiring: what it is made of, then the order requests flow through it.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddDomatServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.AddSerilog((sp, log) => log
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(sp)
            .Enrich.FromLogContext());

        services.AddSingleton(TimeProvider.System);
        services.AddOptions<SocietyOptions>().Bind(builder.Configuration.GetSection(SocietyOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeedOptions>().Bind(builder.Configuration.GetSection(SeedOptions.SectionName));

        services.AddPersistence(builder.Configuration, builder.Environment);
        services.AddDataProtection().SetApplicationName("DomatAljandal").PersistKeysToDbContext<AppDbContext>();

        services.AddIdentityApiEndpoints<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                // Lockout stays on for deactivated accounts (StaffUsers sets LockoutEnd), but wrong passwords never lock an
                // account: anyone who knows a member's email could lock them out. Guessing is held back instead by the
                // sign-in throttle, per address and per account from that address (Throttling in configuration).
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = int.MaxValue;
            })
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<BilingualIdentityErrorDescriber>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddClaimsPrincipalFactory<FullNameClaimsPrincipalFactory>();
        services.Configure<Microsoft.AspNetCore.Authentication.AuthenticationOptions>(o =>
        {
            // Pages challenge with the sign-in cookie (a redirect to /login); the cookie events answer 401/403 under /api.
            o.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
            o.DefaultForbidScheme = IdentityConstants.ApplicationScheme;
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.AccessDeniedPath = "/access-denied";
            o.Cookie.Name = "domat.auth";
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder().AddSocietyPolicies();
        services.AddScoped<IStartupSeeder, IdentitySeeder>();
        services.AddScoped<StaffUsers>();
        services.AddHttpContextAccessor();
        services.AddScoped<AuditTrail>();

        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(allowIntegerValues: false)));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemLanguage.Apply);
        services.AddThrottling(builder.Configuration);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddValidation();
        services.AddOpenApi(o => o.CreateSchemaReferenceId = OpenApiSchemaNames.Of);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        services.AddMemoryCache();

        // Arabic stays readable in the HTML sent (not &#x...; escapes): smaller pages, greppable logs and tests.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Loc.Arabic)
                .AddSupportedCultures(Loc.SupportedCultures)
                .AddSupportedUICultures(Loc.SupportedCultures);
            // Arabic first: the browser's language does not switch the UI, only the user's own choice (cookie) does.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new ApiAcceptLanguageProvider()];
        });

        services.AddMediator(typeof(HostingExtensions).Assembly);
        services.AddWorkflowEngine<AppDbContext>(o =>
            o.WorkflowsJsonFolder = builder.Configuration["Workflows:JsonFolder"] ?? ShippedWorkflowsFolder(builder.Environment));
        services.AddScoped<IWorkflowCatalog, HostWorkflowCatalog>();
        services.AddNotifications(builder.Configuration);
        services.AddCases(builder.Configuration);
        services.AddCalendar(builder.Configuration);
        services.AddPortal();
        services.AddMembers();
        services.AddDepartments();
        services.AddPrivacy(builder.Configuration);
        services.AddSurveys(builder.Configuration);
        services.AddOperations(builder.Configuration);
        services.AddReports();
        services.AddOutreach(builder.Configuration);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, ActiveUserRevalidatingStateProvider>();
        services.AddMudServices(o => o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomCenter);
        services.AddSingleton<ActivityPalette>();
        return builder;
    }

    public static WebApplication UseDomatPipeline(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // An unknown address on a page (not the API, whose 404 stays problem details) gets the friendly page, in the user's language.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api") && !c.Request.Path.StartsWithSegments("/_blazor"),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseRouting();
        app.UseMiddleware<RouteLogScopeMiddleware>();
        app.UseSerilogRequestLogging();
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<ActiveUserMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api-docs", o => o.DefaultFonts = false).AllowAnonymous(); // no font downloads: works offline
        app.MapHealthChecks("/health").AllowAnonymous();

        // Every feature endpoint: an enum value the enum does not define is a 400, as a name it does not know already is.
        var features = AccountThrottle.ThrottleAccounts(app.MapGroup(string.Empty).RequireDefinedEnums().DocumentProblems());
        features.MapAccountEndpoints();
        features.MapUsersEndpoints();
        features.MapAuditEndpoints();
        features.MapWorkflowEndpoints();
        features.MapNotificationsEndpoints();
        features.MapServiceCatalogEndpoints();
        features.MapTemplatesEndpoints();
        features.MapCasesEndpoints();
        features.MapCalendarEndpoints();
        features.MapPortalEndpoints();
        features.MapVolunteeringEndpoints();
        features.MapOutreachEndpoints();
        features.MapFeedbackEndpoints();
        features.MapSurveysEndpoints();
        features.MapMembersEndpoints();
        features.MapInteractionsEndpoints();
        features.MapDepartmentsEndpoints();
        features.MapReportsEndpoints();
        features.MapPrivacyEndpoints();
        app.MapOperationsEndpoints();

        var pages = app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        pages.Add(ThrottleSignInPages);
        pages.Finally(FrameworkEndpointsAreAnonymous);

        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
            "Domat Al-Jandal member relations is running — sign in at {LoginUrls}",
            string.Join(", ", app.Urls.Select(u => $"{u}/login"))));
        return app;
    }

    /// <summary>The sign-in forms (staff and portal) count against the sign-in throttle like the API's sign-in.</summary>
    private static void ThrottleSignInPages(EndpointBuilder page)
    {
        if ((page as RouteEndpointBuilder)?.RoutePattern.RawText is "/login" or "/portal/login")
        {
            page.Metadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(Throttles.SignIn));
        }
    }

    /// <summary>workflows-json/ beside the solution when run from source, else the copy in the build output.</summary>
    private static string ShippedWorkflowsFolder(IHostEnvironment environment)
    {
        var fromSource = Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "..", "workflows-json"));
        return Directory.Exists(fromSource) ? fromSource : Path.Combine(AppContext.BaseDirectory, "workflows-json");
    }

    /// <summary>
    /// Blazor's own endpoints (/_blazor: initializers, negotiate, the circuit hub; /_framework: the script, redirects)
    /// serve signed-out visitors too: under the sign-in fallback policy they answered a redirect, and the sign-up and
    /// password reset pages stayed blank. The pages keep their own [Authorize]/[AllowAnonymous] (the router enforces them).
    /// </summary>
    private static void FrameworkEndpointsAreAnonymous(EndpointBuilder endpoint)
    {
        if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route }
            && (route.TrimStart('/').StartsWith("_blazor", StringComparison.Ordinal) || route.TrimStart('/').StartsWith("_framework", StringComparison.Ordinal)))
        {
            endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
        }
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments(OperationsServiceCollectionExtensions.MetricsPath))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
