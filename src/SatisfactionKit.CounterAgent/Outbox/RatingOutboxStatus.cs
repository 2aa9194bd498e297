namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>What the outbox holds and how delivery is going, as the health check and the metrics see it.</summary>
/// <param name="Pending">Ratings acknowledged locally and not yet delivered to the central store.</param>
/// <param name="OldestPendingSince">When the oldest undelivered rating was written to the outbox, or <see langword="null"/> when it is empty.</param>
/// <param name="ConsecutiveFailures">Delivery attempts that failed in a row since the last success.</param>
/// <param name="LastError">The last delivery error's message, or <see langword="null"/> after a success.</param>
public sealed record RatingOutboxStatus(int Pending, DateTimeOffset? OldestPendingSince, int ConsecutiveFailures, string? LastError)
{
    /// <summary>How long the oldest undelivered rating has waited at <paramref name="now"/>; zero when the outbox is empty.</summary>
    public TimeSpan OldestPendingAge(DateTimeOffset now) =>
        OldestPendingSince is { } since && now > since ? now - since : TimeSpan.Zero;
}
