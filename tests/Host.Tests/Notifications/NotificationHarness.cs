using DomatAljandal.Host.Features.Notifications;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Host.Tests.Infrastructure;
using DomatAljandal.Workflows.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DomatAljandal.Host.Tests.Notifications;

/// <summary>
/// The notification services as the host registers them, on a fresh SQLite file, with a fake clock and a fake SMS
/// gateway. The background sender is not started: tests call <see cref="IOutboxDispatcher.DispatchDueAsync"/>.
/// </summary>
public sealed class NotificationHarness : IAsyncDisposable
{
    public const string FromAddress = "noreply@domat-beekeepers.example";

    private readonly string _folder;
    private readonly TestDatabase? _postgres;
    private readonly Action<IServiceCollection> _addDatabase;

    private NotificationHarness(ServiceProvider services, string folder, TestDatabase? postgres, Action<IServiceCollection> addDatabase)
    {
        Services = services;
        _folder = folder;
        _postgres = postgres;
        _addDatabase = addDatabase;
    }

    public static DateTimeOffset Start { get; } = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public FakeSmsGateway Sms => (FakeSmsGateway)Services.GetRequiredService<ISmsGateway>();

    public IOutboxDispatcher Dispatcher => Services.GetRequiredService<IOutboxDispatcher>();

    public NotificationTemplates Templates => Services.GetRequiredService<NotificationTemplates>();

    /// <param name="smtpPort">The test SMTP server's port; null leaves email unconfigured.</param>
    /// <param name="settings">More configuration (e.g. <c>Outbox:MaxAttempts</c>).</param>
    /// <param name="database">SQLite (a temp file) or a fresh PostgreSQL database (skips, or fails in CI, without one).</param>
    /// <param name="sameDatabaseAs">Another harness whose database this one shares, as a second node would.</param>
    /// <param name="replace">Services registered last, e.g. another email gateway.</param>
    public static async Task<NotificationHarness> CreateAsync(
        int? smtpPort = null, IReadOnlyDictionary<string, string?>? settings = null, DatabaseKind database = DatabaseKind.Sqlite,
        NotificationHarness? sameDatabaseAs = null, Action<IServiceCollection>? replace = null)
    {
        var postgres = database == DatabaseKind.Postgres && sameDatabaseAs is null ? await TestDatabase.CreateAsync(DatabaseKind.Postgres) : null;
        var folder = Path.Combine(Path.GetTempPath(), "domat-tests", "notifications-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var values = new Dictionary<string, string?>
        {
            ["Sms:Url"] = "http://sms-gateway.invalid/send",
            ["Sms:Sender"] = "DomatBees",
            ["Outbox:FirstRetryDelay"] = "00:00:30",
            ["Outbox:MaxRetryDelay"] = "01:00:00",
        };
        if (smtpPort is { } port)
        {
            values["Smtp:Host"] = "127.0.0.1";
            values["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            values["Smtp:UseStartTls"] = "None";
            values["Smtp:FromAddress"] = FromAddress;
            values["Smtp:TimeoutSeconds"] = "10";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Start));
        services.AddOptions<SocietyOptions>().Configure(o =>
        {
            o.Phone = "+966 14 000 0000";
            o.Email = "info@domat-beekeepers.example";
        });
        Action<IServiceCollection> addDatabase;
        if (sameDatabaseAs is not null)
        {
            addDatabase = sameDatabaseAs._addDatabase;
        }
        else if (postgres is null)
        {
            var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "outbox.db"), DefaultTimeout = 30 }.ToString();
            addDatabase = s => s.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connection).UseWorkflowSqlite());
        }
        else
        {
            addDatabase = s => s.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(postgres.ConnectionString));
        }

        addDatabase(services);
        services.AddNotifications(configuration);
        services.AddSingleton<ISmsGateway, FakeSmsGateway>();
        replace?.Invoke(services);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using (var scope = provider.CreateAsyncScope())
        {
            // The current model's schema; the host's migrations are regenerated by the lead as the model grows.
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureCreatedAsync();
        }

        return new NotificationHarness(provider, folder, postgres, addDatabase);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Queues a notification for a member and commits it, as a case change would.</summary>
    public Task<OutboxMessage?> NotifyMemberAsync(MemberContact member, string templateKey, IReadOnlyDictionary<string, object?> values, string key, Guid? caseId = null) =>
        InScopeAsync(async sp =>
        {
            var message = await sp.GetRequiredService<IMemberNotifier>().EnqueueForMemberAsync(member, templateKey, values, caseId, key);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
            return message;
        });

    public Task<List<OutboxMessage>> StoredAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
