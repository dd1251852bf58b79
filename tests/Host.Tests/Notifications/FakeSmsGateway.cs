using System.Collections.Concurrent;
using DomatAljandal.Host.Features.Notifications;

namespace DomatAljandal.Host.Tests.Notifications;

/// <summary>Stands in for the SMS provider, which is outside the machine: records what it is given, or fails on demand.</summary>
public sealed class FakeSmsGateway : ISmsGateway
{
    private readonly ConcurrentQueue<SmsMessage> _sent = new();
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];

    public IReadOnlyList<SmsMessage> Sent => [.. _sent];

    /// <summary>When set, every send throws it (an outage, or a permanent refusal).</summary>
    public Exception? Failure { get; set; }

    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (Failure is not null)
        {
            throw Failure;
        }

        _sent.Enqueue(message);
        lock (_gate)
        {
            foreach (var waiter in _waiters.Where(w => _sent.Count >= w.Count))
            {
                waiter.Reached.TrySetResult();
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> messages have been sent (for the background sender, which runs on its own).</summary>
    public Task WhenSentAsync(int count)
    {
        lock (_gate)
        {
            if (_sent.Count >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, reached));
            return reached.Task;
        }
    }
}
