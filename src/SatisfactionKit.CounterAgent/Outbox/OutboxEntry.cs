namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>One undelivered rating as the forwarder reads it: its place in the outbox, its counter and its payload.</summary>
/// <param name="Sequence">The row's place in the outbox, in the order ratings were acknowledged.</param>
/// <param name="Counter">The delivery lane: the counter, else the device, else the empty lane.</param>
/// <param name="IdempotencyKey">The rating's idempotency key, for the logs.</param>
/// <param name="Payload">The rating in the outbox's JSON format.</param>
internal sealed record OutboxEntry(long Sequence, string Counter, string IdempotencyKey, string Payload);
