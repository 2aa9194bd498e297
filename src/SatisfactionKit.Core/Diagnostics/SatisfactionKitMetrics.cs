using System.Diagnostics.Metrics;

namespace SatisfactionKit.Diagnostics;

/// <summary>
/// The <c>SatisfactionKit</c> meter, one per service provider. Each part adds its own instruments to it
/// through <see cref="Meter"/>: ratings stored and refused by channel, prompts opened and closed by
/// outcome, stray presses by reason (Core), pad presses and connections (Devices), outbox depth and
/// deliveries (CounterAgent).
/// </summary>
public sealed class SatisfactionKitMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "SatisfactionKit";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;

    /// <summary>Creates the meter from <paramref name="meterFactory"/>, or on a meter of its own when none is given.</summary>
    public SatisfactionKitMetrics(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
    }

    /// <summary>The <c>SatisfactionKit</c> meter, for instruments of other packages.</summary>
    public Meter Meter => _meter;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
