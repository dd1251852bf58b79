using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DomatAljandal.Host.Infrastructure;

/// <summary>The throttles' names: an endpoint opts in with <c>.RequireRateLimiting(Throttles.SignIn)</c>.</summary>
public static class Throttles
{
    public const string SignIn = "sign-in";
    public const string SignUp = "sign-up";
    public const string PasswordReset = "password-reset";
    public const string Codes = "codes";
}

/// <summary>One throttle: at most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/>.</summary>
public sealed class ThrottleLimit
{
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 10;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;

    public FixedWindowRateLimiterOptions ToOptions() => new()
    {
        PermitLimit = PermitLimit,
        Window = TimeSpan.FromSeconds(WindowSeconds),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

/// <summary>
/// <c>Throttling</c> in configuration: per throttle, a limit per client address (<c>PerAddress</c>) and a tighter one per
/// account tried from that address (<c>PerAccount</c>: the email, national ID or verification the request names). Keying the
/// account limit by address too means a stranger elsewhere cannot use it to lock a member out.
/// </summary>
public sealed class ThrottlingOptions
{
    public const string SectionName = "Throttling";

    public Dictionary<string, ThrottlePolicy> Policies { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [Throttles.SignIn] = new() { PerAddress = new() { PermitLimit = 30, WindowSeconds = 60 }, PerAccount = new() { PermitLimit = 10, WindowSeconds = 300 } },
        [Throttles.SignUp] = new() { PerAddress = new() { PermitLimit = 20, WindowSeconds = 600 }, PerAccount = new() { PermitLimit = 5, WindowSeconds = 600 } },
        [Throttles.PasswordReset] = new() { PerAddress = new() { PermitLimit = 20, WindowSeconds = 600 }, PerAccount = new() { PermitLimit = 5, WindowSeconds = 600 } },
        [Throttles.Codes] = new() { PerAddress = new() { PermitLimit = 20, WindowSeconds = 600 }, PerAccount = new() { PermitLimit = 5, WindowSeconds = 600 } },
    };

    public ThrottlePolicy For(string name) => Policies.TryGetValue(name, out var policy) ? policy : new ThrottlePolicy();
}

public sealed class ThrottlePolicy
{
    public ThrottleLimit PerAddress { get; set; } = new();

    public ThrottleLimit PerAccount { get; set; } = new();
}

public static class ThrottlingServiceCollectionExtensions
{
    public static IServiceCollection AddThrottling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ThrottlingOptions>().Bind(configuration.GetSection(ThrottlingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<AccountThrottle>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) => AccountThrottle.RefuseAsync(context.HttpContext, context.Lease);
            foreach (var name in new[] { Throttles.SignIn, Throttles.SignUp, Throttles.PasswordReset, Throttles.Codes })
            {
                o.AddPolicy(name, http =>
                {
                    // A page that signs in (a static form) is read freely; only its POST counts.
                    if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                    {
                        return RateLimitPartition.GetNoLimiter("read");
                    }

                    var limit = http.RequestServices.GetRequiredService<IOptions<ThrottlingOptions>>().Value.For(name).PerAddress;
                    return RateLimitPartition.GetFixedWindowLimiter($"{name}|{AccountThrottle.Address(http)}", _ => limit.ToOptions());
                });
            }
        });
        return services;
    }
}

/// <summary>
/// The per-account half of a throttle, as an endpoint filter (the account is in the bound body, which a rate-limiter
/// partition cannot read). Applies to endpoints that carry <see cref="EnableRateLimitingAttribute"/>.
/// </summary>
public sealed class AccountThrottle(IOptions<ThrottlingOptions> options) : IDisposable
{
    private static readonly string[] AccountProperties = ["Email", "NationalId", "VerificationId"];
    private readonly ConcurrentDictionary<string, PartitionedRateLimiter<string>> _limiters = new();

    public static TBuilder ThrottleAccounts<TBuilder>(TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
            var account = policy is null ? null : AccountOf(context);
            if (account is null)
            {
                return await next(context);
            }

            var throttle = http.RequestServices.GetRequiredService<AccountThrottle>();
            using var lease = throttle.Acquire(policy!, $"{account}|{Address(http)}");
            if (!lease.IsAcquired)
            {
                await RefuseAsync(http, lease);
                return Results.Empty;
            }

            return await next(context);
        });

    public static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>429 with <c>Retry-After</c>, as problem details in the caller's language.</summary>
    public static async ValueTask RefuseAsync(HttpContext http, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "محاولات كثيرة؛ انتظر قليلًا ثم حاول مجددًا. / Too many attempts; wait a little and try again.",
                Extensions = { ["code"] = "throttled", ["retryAfterSeconds"] = (int)Math.Ceiling(retryAfter.TotalSeconds) },
            },
        });
    }

    private RateLimitLease Acquire(string policy, string key) =>
        _limiters.GetOrAdd(policy, name =>
        {
            var limit = options.Value.For(name).PerAccount;
            return PartitionedRateLimiter.Create<string, string>(k => RateLimitPartition.GetFixedWindowLimiter(k, _ => limit.ToOptions()));
        }).AttemptAcquire(key);

    private static string? AccountOf(EndpointFilterInvocationContext context)
    {
        foreach (var argument in context.Arguments)
        {
            if (argument is null || argument.GetType().IsPrimitive || argument is string or HttpContext or CancellationToken)
            {
                continue;
            }

            foreach (var name in AccountProperties)
            {
                if (argument.GetType().GetProperty(name)?.GetValue(argument) is { } value && value.ToString() is { Length: > 0 } text)
                {
                    return text.Trim().ToUpperInvariant();
                }
            }
        }

        // A signed-in caller asking for a code: their account.
        return context.HttpContext.User.Identity?.IsAuthenticated == true
            ? context.HttpContext.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
            : null;
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
