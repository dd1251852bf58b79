namespace DomatAljandal.Host.Tests.Infrastructure;

/// <summary>
/// One running host per test class and database kind, started on first use inside a test (so a missing
/// PostgreSQL skips — or fails in CI — the test instead of crashing the class).
/// </summary>
public abstract class HostFixture<TFactory>(DatabaseKind kind) : IAsyncDisposable where TFactory : DomatAppFactory
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TestDatabase? _database;
    private TFactory? _factory;

    public DatabaseKind Kind { get; } = kind;

    public async Task<TFactory> GetAsync()
    {
        if (Kind == DatabaseKind.Postgres)
        {
            RealService.RequirePostgres();
        }

        await _gate.WaitAsync();
        try
        {
            if (_factory is null)
            {
                _database = await TestDatabase.CreateAsync(Kind);
                _factory = CreateFactory(_database);
                _ = _factory.Server; // start now: migrations and seeding happen here
            }

            return _factory;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected abstract TFactory CreateFactory(TestDatabase database);

    public virtual async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _gate.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The plain host (real clock, real scheduler).</summary>
public abstract class HostFixture(DatabaseKind kind) : HostFixture<DomatAppFactory>(kind)
{
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    protected override DomatAppFactory CreateFactory(TestDatabase database) => new(database, Settings);
}

public sealed class SqliteHost() : HostFixture(DatabaseKind.Sqlite);

public sealed class PostgresHost() : HostFixture(DatabaseKind.Postgres);
