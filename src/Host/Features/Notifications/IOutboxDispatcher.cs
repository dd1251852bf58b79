namespace DomatAljandal.Host.Features.Notifications;

/// <summary>Sends what is due in the outbox. The background sender calls it every poll; tests call it directly.</summary>
public interface IOutboxDispatcher
{
    /// <summary>
    /// Claims one batch of due, unsent messages (at most <see cref="OutboxOptions.BatchSize"/>), sends each and
    /// records the outcome in its own commit right after sending.
    /// </summary>
    /// <returns>How many messages were sent.</returns>
    Task<int> DispatchDueAsync(CancellationToken cancellationToken);
}
