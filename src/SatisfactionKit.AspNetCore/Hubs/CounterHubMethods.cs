namespace SatisfactionKit.Server.Hubs;

/// <summary>The counter hub's protocol: method names a counter agent or tablet uses with a SignalR client.</summary>
public static class CounterHubMethods
{
    /// <summary>Server → device: the counter's prompt changed; one argument, a <see cref="Prompts.PromptStatus"/>. Sent also once on connect when a prompt is open.</summary>
    public const string PromptChanged = "PromptChanged";

    /// <summary>Device → server: a press (<see cref="PadPress"/>), answered with a <see cref="PadPressAck"/>.</summary>
    public const string Press = "Press";

    /// <summary>Device → server: what its pad is doing (<c>connected</c>, <c>disconnected</c>, …), for the device list; one string argument.</summary>
    public const string PadState = "PadState";

    /// <summary>
    /// The SignalR group of a counter's connections: one per (unit, counter), so that two units' counters with the same
    /// id never hear each other's prompts. The unit's length comes first, so no pair of codes makes another's name.
    /// </summary>
    public static string GroupOf(string unitCode, string counterId)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        return FormattableString.Invariant($"counter:{unitCode.Length}:{unitCode}:{counterId}");
    }
}
