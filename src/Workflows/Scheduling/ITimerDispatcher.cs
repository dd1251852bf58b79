namespace DomatAljandal.Workflows.Scheduling;

/// <summary>Claims and fires due durable timers. The scheduler calls it on every poll; tests call it directly.</summary>
public interface ITimerDispatcher
{
    /// <summary>
    /// Claims the timers due at the <see cref="TimeProvider"/>'s current time (in batches, until none is left)
    /// and fires each in its own unit of work. Returns how many fired.
    /// </summary>
    Task<int> RunDueTimersOnceAsync(CancellationToken cancellationToken);
}
