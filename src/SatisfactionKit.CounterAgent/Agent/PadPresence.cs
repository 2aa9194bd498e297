using System.Diagnostics.Metrics;

namespace SatisfactionKit.CounterAgent.Agent;

/// <summary>
/// Whether this PC's pads are plugged in, read from the pad host's own counters on the <c>SatisfactionKit</c> meter
/// (<c>satisfactionkit.pads.connections</c> / <c>…disconnections</c>), so that the server's device list and the
/// officer's "pad offline" follow a pad unplugged at the counter.
/// </summary>
internal sealed class PadPresence : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _connected;

    public PadPresence()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "SatisfactionKit" && instrument.Name is "satisfactionkit.pads.connections" or "satisfactionkit.pads.disconnections")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            Interlocked.Add(ref _connected, instrument.Name == "satisfactionkit.pads.connections" ? value : -value);
            Changed?.Invoke();
        });
        _listener.Start();
    }

    /// <summary>A pad came or went.</summary>
    public event Action? Changed;

    /// <summary>The state the hub's <c>PadState</c> is told.</summary>
    public string State => Interlocked.Read(ref _connected) > 0 ? "connected" : "disconnected";

    public void Dispose() => _listener.Dispose();
}
