namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>
/// How the counter machine's outbox keeps ratings and forwards them to the central store
/// (<c>AddSatisfactionKit().AddEntityFrameworkStores&lt;T&gt;().AddRatingOutbox(o =&gt; …)</c>).
/// </summary>
public sealed class RatingOutboxOptions
{
    /// <summary>
    /// The local SQLite file ratings are written to before the citizen is thanked, for example
    /// <c>C:\ProgramData\OneStop\satisfaction-outbox.db</c>. Required; its folder is created if missing.
    /// Put it on a local disk, never a network share: the write must be durable when it returns.
    /// </summary>
    public string DatabasePath { get; set; } = string.Empty;

    /// <summary>The first wait after a failed delivery; it doubles at each failure (with jitter) up to <see cref="MaxRetryDelay"/>. Default 1 second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two delivery attempts while the central store is unreachable. Default 1 minute.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one delivery attempt may take before it is abandoned and retried. Default 30 seconds.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a read (<c>FindAsync</c>, <c>ExistsForDossierAsync</c>…) waits for the central store
    /// before answering from the outbox alone, so that a citizen is never kept waiting by a dead link. Default 3 seconds.
    /// </summary>
    public TimeSpan CentralReadTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// After reads of the central store have failed (at least two, half of those in the last 30 seconds),
    /// reads answer from the outbox alone for this long before the central store is asked again, so
    /// that a dead link costs each citizen nothing, not <see cref="CentralReadTimeout"/> per read. Default 30 seconds.
    /// </summary>
    public TimeSpan CentralBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the forwarder looks at the outbox when nothing wakes it. Default 5 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many ratings the forwarder reads from the outbox per round. Default 256.</summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>
    /// How many counters are delivered at once. Ratings of one counter are always delivered one after
    /// the other, in the order they were given; different counters go in parallel. Default 4.
    /// </summary>
    public int MaxParallelCounters { get; set; } = 4;

    /// <summary>The health check reports Degraded when the oldest undelivered rating is older than this. Default 15 minutes.</summary>
    public TimeSpan DegradedAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The health check reports Unhealthy after this many delivery attempts in a row have failed. Default 20.</summary>
    public int UnhealthyAfterFailures { get; set; } = 20;
}
