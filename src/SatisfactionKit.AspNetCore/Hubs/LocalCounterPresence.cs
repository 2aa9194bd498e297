using System.Collections.Concurrent;
using System.Collections.Immutable;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.Server.Hubs;

/// <summary>Presence kept in this node's memory: right for one node (no backplane).</summary>
internal sealed class LocalCounterPresence : ICounterPresence
{
    private readonly ConcurrentDictionary<CounterKey, ConcurrentDictionary<string, string>> _counters = new();
    private ImmutableArray<Action<CounterKey>> _watchers = [];

    public ValueTask SetAsync(CounterKey counter, string connectionId, string padState, CancellationToken cancellationToken)
    {
        _counters.GetOrAdd(counter, _ => new(StringComparer.Ordinal))[connectionId] = padState;
        Tell(counter);
        return ValueTask.CompletedTask;
    }

    public ValueTask RemoveAsync(CounterKey counter, string connectionId, CancellationToken cancellationToken)
    {
        if (_counters.TryGetValue(counter, out var connections) && connections.TryRemove(connectionId, out _))
        {
            Tell(counter);
        }

        return ValueTask.CompletedTask;
    }

    // A counter seen once keeps its (possibly empty) entry: from then on no connection means offline.
    public ValueTask<bool?> IsOnlineAsync(CounterKey counter, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_counters.TryGetValue(counter, out var connections) ? connections.Values.Any(PadStates.CanAnswer) : (bool?)null);

    public IDisposable Subscribe(Action<CounterKey> changed)
    {
        ImmutableInterlocked.Update(ref _watchers, static (list, w) => list.Add(w), changed);
        return new Unsubscribe(() => ImmutableInterlocked.Update(ref _watchers, static (list, w) => list.Remove(w), changed));
    }

    /// <summary>Tells the watchers (this node's officer streams) that a counter's presence may have changed.</summary>
    public void Tell(CounterKey counter)
    {
        foreach (var watcher in _watchers)
        {
            watcher(counter);
        }
    }

    private sealed class Unsubscribe(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
