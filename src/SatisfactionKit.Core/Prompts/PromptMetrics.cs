using System.Diagnostics.Metrics;
using SatisfactionKit.Diagnostics;

namespace SatisfactionKit.Prompts;

/// <summary>Prompts opened and closed by outcome, and stray presses by reason, on Core's <c>SatisfactionKit</c> meter.</summary>
internal sealed class PromptMetrics
{
    private readonly Counter<long> _opened;
    private readonly Counter<long> _closed;
    private readonly Counter<long> _strayPresses;

    public PromptMetrics(SatisfactionKitMetrics metrics)
    {
        var meter = metrics.Meter;
        _opened = meter.CreateCounter<long>("satisfactionkit.prompts.opened", "{prompt}", "Counter prompts opened");
        _closed = meter.CreateCounter<long>("satisfactionkit.prompts.closed", "{prompt}", "Counter prompts closed, by outcome");
        _strayPresses = meter.CreateCounter<long>("satisfactionkit.presses.stray", "{press}", "Presses that were not ratings, by reason");
    }

    public void Opened() => _opened.Add(1);

    public void Closed(PromptState outcome) => _closed.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));

    public void StrayPress(StrayPressReason reason) => _strayPresses.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));
}
