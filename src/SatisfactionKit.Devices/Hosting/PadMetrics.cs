using System.Diagnostics.Metrics;
using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Diagnostics;

namespace SatisfactionKit.Devices.Hosting;

/// <summary>Pad counts on Core's <c>SatisfactionKit</c> meter.</summary>
internal sealed class PadMetrics
{
    private readonly Counter<long> _presses;
    private readonly Counter<long> _rejectedInputs;
    private readonly Counter<long> _connections;
    private readonly Counter<long> _disconnections;
    private readonly Counter<long> _dropped;
    private readonly Counter<long> _ignored;

    public PadMetrics(SatisfactionKitMetrics metrics)
    {
        var meter = metrics.Meter;
        _presses = meter.CreateCounter<long>("satisfactionkit.pads.presses", "{press}", "Pad presses routed to the prompt coordinator");
        _rejectedInputs = meter.CreateCounter<long>("satisfactionkit.pads.inputs.rejected", "{input}", "Pad inputs that were malformed, by outcome");
        _connections = meter.CreateCounter<long>("satisfactionkit.pads.connections", "{connection}", "Pads connected");
        _disconnections = meter.CreateCounter<long>("satisfactionkit.pads.disconnections", "{connection}", "Pads disconnected");
        _dropped = meter.CreateCounter<long>("satisfactionkit.pads.presses.dropped", "{press}", "Stray pad presses dropped beyond a pad's limit per window");
        _ignored = meter.CreateCounter<long>("satisfactionkit.pads.inputs.ignored", "{input}", "Pad lines a profile ignores (heartbeats)");
    }

    public void Press(string counterId) => _presses.Add(1, new KeyValuePair<string, object?>("counter", counterId));

    public void Rejected(DecodeOutcome outcome) => _rejectedInputs.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));

    public void Connected() => _connections.Add(1);

    public void Disconnected() => _disconnections.Add(1);

    public void Dropped(string counterId) => _dropped.Add(1, new KeyValuePair<string, object?>("counter", counterId));

    public void Ignored() => _ignored.Add(1);
}
