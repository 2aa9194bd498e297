namespace SatisfactionKit.Server.Hubs;

/// <summary>
/// The answers already given to keyed presses (<see cref="PadPress.IdempotencyKey"/>), per device: a counter agent
/// delivering its outbox sends a press again when it cannot know whether the first try arrived (killed, cut off), and
/// gets the first answer back instead of a second record. With the Redis backplane every node shares them.
/// </summary>
internal interface IPressReceipts
{
    /// <summary>
    /// The answer given to the key before, or <see langword="null"/> when the caller is the first and must take the
    /// press (then <see cref="CompleteAsync"/> or <see cref="AbandonAsync"/>).
    /// </summary>
    /// <exception cref="PressInProgressException">Another call with the same key is being taken right now.</exception>
    ValueTask<PadPressAck?> BeginAsync(string scope, string key, CancellationToken cancellationToken);

    /// <summary>Keeps the answer to the key.</summary>
    ValueTask CompleteAsync(string scope, string key, PadPressAck ack, CancellationToken cancellationToken);

    /// <summary>Forgets a key whose press was not taken (nothing recorded), so that a retry takes it.</summary>
    ValueTask AbandonAsync(string scope, string key, CancellationToken cancellationToken);
}
