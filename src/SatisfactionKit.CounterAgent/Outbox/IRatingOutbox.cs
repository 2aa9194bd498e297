namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>The counter machine's outbox, for a status page or a "waiting to send" indicator.</summary>
public interface IRatingOutbox
{
    /// <summary>How many ratings wait, since when, and how delivery is going.</summary>
    ValueTask<RatingOutboxStatus> GetStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits until every rating written before the call has been delivered to the central store
    /// (for a clean shutdown or a test); returns <see langword="false"/> when <paramref name="timeout"/> passes first.
    /// </summary>
    ValueTask<bool> WaitForDeliveryAsync(TimeSpan timeout, CancellationToken cancellationToken = default);
}
