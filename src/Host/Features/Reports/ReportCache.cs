using System.Collections.Concurrent;

namespace DomatAljandal.Host.Features.Reports;

/// <summary>
/// The default views of the reports (no period asked for: the twelve weeks up to now), computed at most once per
/// <see cref="ReportPeriod.DefaultViewLifetime"/> and key however many managers open them at once: the first caller
/// computes, the others wait for the same result (no stampede of identical reads over 100,000 cases).
/// </summary>
public sealed class ReportCache(TimeProvider clock)
{
    private readonly ConcurrentDictionary<object, (Lazy<Task<object>> Value, DateTimeOffset Until)> _entries = new();

    public async Task<T> GetAsync<T>(object key, Func<Task<T>> compute) where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var now = clock.GetUtcNow();
        while (true)
        {
            var entry = _entries.GetOrAdd(key, _ => (new Lazy<Task<object>>(async () => await compute()), now + ReportPeriod.DefaultViewLifetime));
            if (entry.Until <= now || entry.Value.Value.IsFaulted || entry.Value.Value.IsCanceled)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
                if (entry.Until <= now) continue;
            }

            return (T)await entry.Value.Value;
        }
    }
}
