using System.Collections.Concurrent;

namespace SatisfactionKit.Server.Hubs;

/// <summary>Press receipts in this node's memory for <see cref="Lifetime"/>: right for one node (no backplane).</summary>
internal sealed class LocalPressReceipts(TimeProvider time) : IPressReceipts
{
    /// <summary>How long an answer is kept: longer than any outbox backlog a counter PC is expected to build.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);

    private const int PruneAbove = 100_000;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public ValueTask<PadPressAck?> BeginAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_entries.Count > PruneAbove)
        {
            foreach (var old in _entries.Where(e => e.Value.ExpiresAt < now))
            {
                _entries.TryRemove(old);
            }
        }

        var id = scope + "\n" + key;
        var mine = new Entry(null, now + Lifetime);
        var entry = _entries.AddOrUpdate(id, mine, (_, current) => current.ExpiresAt < now ? mine : current);
        return ReferenceEquals(entry, mine) ? ValueTask.FromResult<PadPressAck?>(null)
            : entry.Ack is { } ack ? ValueTask.FromResult<PadPressAck?>(ack)
            : throw new PressInProgressException();
    }

    public ValueTask CompleteAsync(string scope, string key, PadPressAck ack, CancellationToken cancellationToken)
    {
        _entries[scope + "\n" + key] = new Entry(ack, time.GetUtcNow() + Lifetime);
        return ValueTask.CompletedTask;
    }

    public ValueTask AbandonAsync(string scope, string key, CancellationToken cancellationToken)
    {
        _entries.TryRemove(scope + "\n" + key, out _);
        return ValueTask.CompletedTask;
    }

    private sealed record Entry(PadPressAck? Ack, DateTimeOffset ExpiresAt);
}
