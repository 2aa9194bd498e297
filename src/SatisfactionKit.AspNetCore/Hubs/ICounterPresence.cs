using SatisfactionKit.Prompts;

namespace SatisfactionKit.Server.Hubs;

/// <summary>
/// Which counters have a device connected now (a hub connection of an agent or tablet, or a screen watching its
/// device events), so that the officer's view can say "pad offline" for an open prompt nobody can answer. With the
/// Redis backplane it is shared by every node: the officer's request and the device's connection may be on two nodes.
/// </summary>
internal interface ICounterPresence
{
    /// <summary>A device connection of <paramref name="counter"/> opened (or said what its pad does).</summary>
    ValueTask SetAsync(CounterKey counter, string connectionId, string padState, CancellationToken cancellationToken);

    /// <summary>A device connection of <paramref name="counter"/> closed.</summary>
    ValueTask RemoveAsync(CounterKey counter, string connectionId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a device of the counter is connected with its pad (a reported pad state other than disconnected or none);
    /// <see langword="null"/> when no device of the counter was seen (recently), so that presence says nothing.
    /// </summary>
    ValueTask<bool?> IsOnlineAsync(CounterKey counter, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="changed"/> with a counter id whenever a device of that counter comes or goes.</summary>
    IDisposable Subscribe(Action<CounterKey> changed);
}
