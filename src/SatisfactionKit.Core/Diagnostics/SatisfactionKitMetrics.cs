using System.Diagnostics.Metrics;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Diagnostics;

/// <summary>
/// The instruments of the <c>SatisfactionKit</c> meter: ratings stored and refused by channel,
/// prompts opened and closed by outcome, stray presses by reason. Other packages add theirs to
/// the same meter through <see cref="Meter"/>.
/// </summary>
public sealed class SatisfactionKitMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "SatisfactionKit";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _ratingsStored;
    private readonly Counter<long> _ratingsRefused;
    private readonly Counter<long> _promptsOpened;
    private readonly Counter<long> _promptsClosed;
    private readonly Counter<long> _strayPresses;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>, or on a meter of its own when none is given.</summary>
    public SatisfactionKitMetrics(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _ratingsStored = _meter.CreateCounter<long>("satisfactionkit.ratings.stored", "{rating}", "Ratings stored");
        _ratingsRefused = _meter.CreateCounter<long>("satisfactionkit.ratings.refused", "{rating}", "Ratings refused by validation");
        _promptsOpened = _meter.CreateCounter<long>("satisfactionkit.prompts.opened", "{prompt}", "Counter prompts opened");
        _promptsClosed = _meter.CreateCounter<long>("satisfactionkit.prompts.closed", "{prompt}", "Counter prompts closed, by outcome");
        _strayPresses = _meter.CreateCounter<long>("satisfactionkit.presses.stray", "{press}", "Presses that were not ratings, by reason");
    }

    /// <summary>The <c>SatisfactionKit</c> meter, for instruments of other packages.</summary>
    public Meter Meter => _meter;

    internal void RatingStored(RatingChannel channel) => _ratingsStored.Add(1, new KeyValuePair<string, object?>("channel", channel.ToString()));

    internal void RatingRefused(RatingChannel channel) => _ratingsRefused.Add(1, new KeyValuePair<string, object?>("channel", channel.ToString()));

    internal void PromptOpened() => _promptsOpened.Add(1);

    internal void PromptClosed(PromptState outcome) => _promptsClosed.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));

    internal void StrayPress(StrayPressReason reason) => _strayPresses.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
